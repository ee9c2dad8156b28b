namespace NewsEntities.Tests.Robustness;

/// <summary>What must hold of any result on any input, and a fingerprint to compare two results by.</summary>
internal static class AnalysisInvariants
{
    /// <summary>
    /// Every offset lies inside the input and its text is the input at those offsets; an entity's mentions never
    /// overlap; every alias is the text of a name mention as the stages read it (no invisible characters such as
    /// soft hyphens, HTML character references decoded), or (organizations) of one that starts with "The" without
    /// the article; quotes come in text order; speakers are items of the entity list; identifiers are unique.
    /// </summary>
    public static void AssertHold(string text, DocumentAnalysis analysis)
    {
        foreach (var entity in analysis.Entities)
        {
            Assert.NotEmpty(entity.Mentions);
            Assert.False(string.IsNullOrWhiteSpace(entity.Name));
            int previousEnd = -1;
            foreach (var mention in entity.Mentions)
            {
                AssertSpan(text, mention.Start, mention.End, mention.Text);
                Assert.True(mention.Start >= previousEnd, $"mentions of {entity.Name} overlap at {mention.Start}");
                previousEnd = mention.End;
            }

            Assert.All(entity.Aliases, alias => Assert.Contains(entity.Mentions, m => m.Kind == MentionKind.Name
                && Written(m.Text) is var name
                && (name == alias || (entity.Type == EntityType.Organization && name.StartsWith("The ", StringComparison.Ordinal) && name[4..].TrimStart() == alias))));
        }

        Assert.Equal(analysis.Entities.Count, analysis.Entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        int previousQuoteStart = -1;
        foreach (var quote in analysis.Quotes)
        {
            AssertSpan(text, quote.Start, quote.End, quote.Text);
            Assert.True(quote.Start >= previousQuoteStart, "quotes out of text order");
            previousQuoteStart = quote.Start;
            if (quote.SpeakerMention is { } speakerMention)
            {
                AssertSpan(text, speakerMention.Start, speakerMention.End, speakerMention.Text);
            }

            if (quote.Cue is { } cue)
            {
                AssertSpan(text, cue.Start, cue.End, cue.Text);
            }

            if (quote.Speaker is not null)
            {
                Assert.Contains(analysis.Entities, e => ReferenceEquals(e, quote.Speaker));
            }
        }
    }

    /// <summary>
    /// Asserts that <paramref name="variant"/>, the text typed another way with the same characters for a reader,
    /// gives a result that holds (<see cref="AssertHold"/>) and reads as that of <paramref name="text"/>: the same
    /// entities, aliases, mentions and quotes, their texts read as the stages read them.
    /// </summary>
    public static void AssertReadsAlike(NewsExtractor extractor, string text, string variant)
    {
        Assert.NotEqual(text, variant);
        var actual = extractor.Analyze(variant);
        AssertHold(variant, actual);
        Assert.Equal(AsRead(extractor.Analyze(text)), AsRead(actual));
    }

    private static List<string> AsRead(DocumentAnalysis analysis) =>
    [
        .. analysis.Entities.Select(e => $"{e.Id}|{e.Name}|{e.Type}|{string.Join(",", e.Aliases)}|{string.Join(",", e.Mentions.Select(m => Written(m.Text)))}"),
        .. analysis.Quotes.Select(q => $"{Written(q.Text)}|{q.Speaker?.Id}|{Written(q.SpeakerMention?.Text ?? "")}|{Written(q.Cue?.Text ?? "")}"),
    ];

    // What a reader sees of a text: no invisible characters or tags, its character references and misread UTF-8 read.
    private static string Written(string text) => NewsEntities.Tokenization.SourceText.Normalize(text);

    /// <summary>Everything a caller can see of a result, as one string, for comparing runs.</summary>
    public static string Fingerprint(DocumentAnalysis analysis) =>
        string.Join('|', analysis.Entities.Select(e =>
            $"{e.Id}:{e.Name}:{e.Type}:[{string.Join(',', e.Aliases)}]:[{string.Join(',', e.Mentions.Select(m => $"{m.Start}-{m.End}{m.Kind}"))}]"))
        + "#" + string.Join('|', analysis.Quotes.Select(q =>
            $"{q.Start}-{q.End}:{q.Speaker?.Id}:{q.SpeakerMention?.Start}-{q.SpeakerMention?.End}:{q.Cue?.Start}-{q.Cue?.End}"));

    /// <summary>
    /// The fingerprints each of <paramref name="threads"/> threads gets analysing every text with one shared
    /// <paramref name="extractor"/>, <paramref name="rounds"/> times; thread t starts each round at a different text
    /// (offset t * <paramref name="stride"/> + round), so different documents overlap in time.
    /// </summary>
    public static string[][] FingerprintsOnThreads(NewsExtractor extractor, IReadOnlyList<string> texts, int threads, int rounds, int stride)
    {
        var actual = new string[threads][];
        var running = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var mine = new string[texts.Count];
            for (int round = 0; round < rounds; round++)
            {
                for (int k = 0; k < texts.Count; k++)
                {
                    int i = (k + (t * stride) + round) % texts.Count;
                    mine[i] = Fingerprint(extractor.Analyze(texts[i]));
                }
            }

            actual[t] = mine;
        })).ToList();
        running.ForEach(t => t.Start());
        running.ForEach(t => t.Join());
        return actual;
    }

    private static void AssertSpan(string text, int start, int end, string spanText)
    {
        Assert.InRange(start, 0, text.Length);
        Assert.InRange(end, start, text.Length);
        Assert.Equal(text.Substring(start, end - start), spanText);
    }
}
