namespace NewsEntities.Rendering;

/// <summary>
/// Checks that an analysis belongs to the text it is rendered with: a page built from mismatched offsets would
/// highlight the wrong words, which is worse than no page.
/// </summary>
internal static class AnalysisCheck
{
    public static void Validate(string text, DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis.Entities, nameof(analysis));
        ArgumentNullException.ThrowIfNull(analysis.Quotes, nameof(analysis));
        foreach (var entity in analysis.Entities)
        {
            if (entity is null)
            {
                throw new ArgumentException("The analysis lists a null entity.", nameof(analysis));
            }

            foreach (var mention in entity.Mentions)
            {
                Check(text, mention.Start, mention.End, mention.Text, "a mention of " + entity.Name);
            }
        }

        foreach (var quote in analysis.Quotes)
        {
            if (quote is null)
            {
                throw new ArgumentException("The analysis lists a null quote.", nameof(analysis));
            }

            Check(text, quote.Start, quote.End, quote.Text, "a quote");
            if (quote.SpeakerMention is { } speaker)
            {
                Check(text, speaker.Start, speaker.End, speaker.Text, "a speaker mention");
            }

            if (quote.Cue is { } cue)
            {
                Check(text, cue.Start, cue.End, cue.Text, "a cue");
            }
        }
    }

    private static void Check(string text, int start, int end, string? words, string what)
    {
        if (start < 0 || end < start || end > text.Length || !text.AsSpan(start, end - start).SequenceEqual(words))
        {
            throw new ArgumentException($"The analysis does not match the text: {what} at {start}..{end} is not in it.", "analysis");
        }
    }
}
