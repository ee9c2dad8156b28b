namespace NewsEntities.Benchmarks;

/// <summary>
/// Realistic news text for the benchmarks: the PolNeAR train articles, read at run time from the shared data folder
/// next to the repository (<c>../shared</c>), in file-name order; nothing is copied into the repository.
/// </summary>
internal static class NewsCorpus
{
    /// <summary>The first <paramref name="count"/> articles (all when null), in file-name order: a fixed corpus.</summary>
    public static List<string> Articles(int? count = null)
    {
        var files = Directory.GetFiles(FindPolnearTrainText(), "*.txt").Order(StringComparer.Ordinal);
        return (count is null ? files : files.Take(count.Value)).Select(File.ReadAllText).ToList();
    }

    /// <summary>
    /// Documents of about <paramref name="chars"/> characters each, <paramref name="totalChars"/> in all, cut from
    /// the articles laid end to end (blank line between articles) at a whitespace after the size is reached, so
    /// documents of every size are made of the same running news text.
    /// </summary>
    public static List<string> Documents(int chars, int totalChars)
    {
        var articles = Articles();
        var documents = new List<string>();
        var current = new System.Text.StringBuilder(chars + 1024);
        int produced = 0;
        for (int a = 0; produced < totalChars; a = (a + 1) % articles.Count)
        {
            string article = articles[a];
            int at = 0;
            while (at < article.Length && produced < totalChars)
            {
                int take = Math.Min(article.Length - at, chars - current.Length);
                int end = at + take;
                if (current.Length + take >= chars)
                {
                    // Finish the document at the next whitespace so no word is split.
                    while (end < article.Length && !char.IsWhiteSpace(article[end]))
                    {
                        end++;
                    }
                }

                current.Append(article, at, end - at);
                at = end;
                if (current.Length >= chars)
                {
                    documents.Add(current.ToString());
                    produced += current.Length;
                    current.Clear();
                }
            }

            if (current.Length > 0)
            {
                current.Append("\n\n");
            }
        }

        return documents;
    }

    private static string FindPolnearTrainText()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data", "quotes", "polnear", "train", "text");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The shared PolNeAR train texts (../shared/data/quotes/polnear/train/text) were not found above " + AppContext.BaseDirectory);
    }
}
