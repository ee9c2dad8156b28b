namespace NewsEntities.Rendering;

/// <summary>
/// Tells links that can only navigate from links that can run code (<c>javascript:</c>, <c>data:</c>, ...).
/// Escaping can't make a <c>javascript:</c> URL harmless, so such links are refused outright.
/// </summary>
internal static class SafeLink
{
    public static bool IsSafe(string href)
    {
        // Browsers drop tabs and line breaks anywhere in a URL and trim controls and spaces around it before
        // reading the scheme, so "java\tscript:" is javascript: — look at the URL the way they do.
        var url = new System.Text.StringBuilder(href.Length);
        foreach (char c in href)
        {
            if (c is not '\t' and not '\n' and not '\r')
            {
                url.Append(c);
            }
        }

        string trimmed = url.ToString().Trim(Controls);
        int colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || trimmed.AsSpan(0, colon).IndexOfAny('/', '?', '#') >= 0)
        {
            return true; // no scheme: a relative URL
        }

        string scheme = trimmed[..colon];
        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly char[] Controls = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];
}
