namespace NewsEntities.Tests.Acceptance;

/// <summary>
/// How extracted quotes compare with the seed gold: gold quotes found (same words, marks and surrounding spaces
/// aside), speakers right among them, and quotes returned that are neither gold nor on the document's ignore list.
/// </summary>
internal sealed record QuoteScore(int Gold, int Found, int SpeakersRight, int FalseQuotes, IReadOnlyList<string> Problems)
{
    public static QuoteScore Score(IReadOnlyList<GoldDocument> documents, Func<GoldDocument, IReadOnlyList<Quote>> extract)
    {
        int gold = 0, found = 0, right = 0, falseQuotes = 0;
        var problems = new List<string>();
        foreach (var document in documents)
        {
            var predicted = extract(document).ToList();
            var used = new bool[predicted.Count];
            foreach (var goldQuote in document.Quotes)
            {
                gold++;
                int match = Enumerable.Range(0, predicted.Count).FirstOrDefault(i => !used[i] && SameWords(predicted[i].Text, goldQuote.Text), -1);
                if (match < 0)
                {
                    problems.Add($"{document.File}: missed \"{goldQuote.Text}\"");
                    continue;
                }

                used[match] = true;
                found++;
                if (goldQuote.Accepts(predicted[match].Speaker))
                {
                    right++;
                }
                else
                {
                    problems.Add($"{document.File}: \"{goldQuote.Text}\" went to {predicted[match].Speaker?.Name ?? "nobody"} ({predicted[match].SpeakerMention?.Text}), not {goldQuote.Speaker ?? "nobody"}");
                }
            }

            for (int i = 0; i < predicted.Count; i++)
            {
                if (!used[i] && !document.Ignore.Any(ignored => SameWords(predicted[i].Text, ignored)))
                {
                    falseQuotes++;
                    problems.Add($"{document.File}: false quote \"{predicted[i].Text}\"");
                }
            }
        }

        return new QuoteScore(gold, found, right, falseQuotes, problems);
    }

    public override string ToString() =>
        $"found {Found}/{Gold}, speakers right {SpeakersRight}/{Gold}, false quotes {FalseQuotes}" + Environment.NewLine
        + string.Join(Environment.NewLine, Problems);

    private static bool SameWords(string a, string b) => Normalize(a) == Normalize(b);

    private static string Normalize(string s) =>
        string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '"', '\u201C', '\u201D', '\'', '\u2018', '\u2019');
}
