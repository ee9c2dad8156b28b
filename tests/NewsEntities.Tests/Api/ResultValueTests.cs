using NewsEntities.Tests.Acceptance;

namespace NewsEntities.Tests.Api;

/// <summary>
/// The shape of a result: mentions and spans are values, lists are read-only views over shared arrays, and a
/// quote's text, made when first read, behaves as a text given up front.
/// </summary>
public sealed class ResultValueTests
{
    private const string Text = "Antony Blinken met the Palestinian Authority. \"We will keep talking,\" Blinken said. \"No,\" he told reporters.";

    private static readonly NewsExtractor Extractor = NewsExtractor.CreateDefault();

    [Fact]
    public void Mentions_and_spans_are_equal_by_value_and_copied_with_with()
    {
        var mention = new Mention(3, 10, "Blinken", MentionKind.Name);
        Assert.Equal(new Mention(3, 10, "Blinken"), mention);
        Assert.Equal(new Mention(3, 10, "Blinken").GetHashCode(), mention.GetHashCode());
        Assert.NotEqual(mention with { Kind = MentionKind.Pronoun }, mention);
        Assert.True(mention == new Mention(3, 10, new string("Blinken".AsSpan())));

        var span = new TextSpan(4, 8, "said");
        Assert.Equal(new TextSpan(4, 8, "said"), span);
        Assert.Equal(4, span.Length);
        Assert.Equal(6, (span with { End = 10 }).Length);
        Assert.NotEqual(span with { Text = "told" }, span);
        Assert.True(typeof(Mention).IsValueType && typeof(TextSpan).IsValueType);
    }

    [Fact]
    public void Result_lists_cannot_be_changed_through_any_interface()
    {
        var analysis = Extractor.Analyze(Text);
        var entity = analysis.Entities.First(e => e.Name == "Antony Blinken");

        AssertReadOnly(analysis.Entities);
        AssertReadOnly(analysis.Quotes);
        AssertReadOnly(entity.Mentions);
        AssertReadOnly(entity.Aliases);

        // No array behind a list is handed out: a cast cannot reach it.
        Assert.IsNotType<Mention[]>(entity.Mentions, exactMatch: false);
        Assert.IsNotType<string[]>(entity.Aliases, exactMatch: false);
        Assert.False(entity.Mentions is ArraySegment<Mention>);
    }

    [Fact]
    public void Entity_lists_index_enumerate_and_check_their_bounds_within_their_own_run()
    {
        var analysis = Extractor.Analyze(Text);
        Assert.True(analysis.Entities.Count >= 2);
        int total = 0;
        foreach (var entity in analysis.Entities)
        {
            var mentions = entity.Mentions;
            Assert.Equal(mentions.Count, mentions.Count());
            Assert.Equal(Enumerable.Range(0, mentions.Count).Select(i => mentions[i]), mentions);
            Assert.All(mentions, m => Assert.Equal(Text[m.Start..m.End], m.Text));
            Assert.Throws<ArgumentOutOfRangeException>(() => mentions[mentions.Count]);
            Assert.Throws<ArgumentOutOfRangeException>(() => mentions[-1]);
            Assert.Throws<ArgumentOutOfRangeException>(() => entity.Aliases[entity.Aliases.Count]);
            Assert.Equal(entity.Aliases.Distinct().Count(), entity.Aliases.Count);
            Assert.Equal(mentions.ToArray(), mentions.ToList());
            total += mentions.Count;
        }

        // Each entity's run holds only its own mentions: none is listed under two entities.
        Assert.Equal(total, analysis.Entities.SelectMany(e => e.Mentions).Distinct().Count());
        var blinken = analysis.Entities.First(e => e.Name == "Antony Blinken");
        Assert.Equal(["Antony Blinken", "Blinken"], blinken.Aliases);
        Assert.Contains(new Mention(Text.IndexOf("he told", StringComparison.Ordinal), Text.IndexOf("he told", StringComparison.Ordinal) + 2, "he", MentionKind.Pronoun), blinken.Mentions);
        Assert.DoesNotContain(blinken.Mentions, m => m.Text == "Palestinian Authority");
    }

    [Fact]
    public void A_quote_text_made_on_first_read_is_the_text_between_its_offsets_and_equals_one_given_up_front()
    {
        var quote = Extractor.ExtractQuotes(Text)[0];
        var given = new Quote(Text[quote.Start..quote.End], quote.Start, quote.End, quote.Speaker, quote.SpeakerMention, quote.Cue);

        // Compared and hashed before and after the text is read: the same either way.
        Assert.Equal(given, quote);
        Assert.Equal(given.GetHashCode(), quote.GetHashCode());
        Assert.Equal("We will keep talking,", quote.Text);
        Assert.Same(quote.Text, quote.Text);
        Assert.Equal(given, quote);
        Assert.Equal(given.GetHashCode(), quote.GetHashCode());
        Assert.Equal(given.ToString(), quote.ToString());
        Assert.NotEqual(given with { Text = "other" }, quote);
        Assert.NotEqual(new Quote(null!, quote.Start, quote.End, quote.Speaker, quote.SpeakerMention, quote.Cue), quote);
    }

    [Fact]
    public void A_copy_with_new_offsets_keeps_the_text_whether_or_not_it_was_read()
    {
        var unread = Extractor.ExtractQuotes(Text)[0];
        string expected = Text[unread.Start..unread.End];

        var moved = unread with { Start = 0, End = 3 };
        Assert.Equal(expected, moved.Text);
        Assert.Equal((0, 3), (moved.Start, moved.End));
        Assert.Equal(expected, unread.Text);
        Assert.Equal(expected, (unread with { End = unread.End + 1 }).Text);
        Assert.Equal("x", (unread with { Text = "x", Start = 1 }).Text);
        Assert.NotEqual(unread, moved);
    }

    [Fact]
    public void Quote_texts_read_from_many_threads_are_equal()
    {
        var quotes = Extractor.ExtractQuotes(Text);
        var texts = new string[16];
        Parallel.For(0, texts.Length, i => texts[i] = quotes[1].Text);
        Assert.All(texts, t => Assert.Equal("No,", t));
    }

    [Fact]
    public void Speaker_and_cue_spans_are_values_that_point_at_their_words()
    {
        var quotes = Extractor.ExtractQuotes(Text);
        Assert.Equal(new TextSpan(Text.IndexOf("Blinken said", StringComparison.Ordinal), Text.IndexOf("Blinken said", StringComparison.Ordinal) + 7, "Blinken"), quotes[0].SpeakerMention);
        Assert.Equal("said", quotes[0].Cue?.Text);
        Assert.Equal("told", quotes[1].Cue?.Text);
        Assert.Equal("he", quotes[1].SpeakerMention?.Text);
        Assert.Null(new Quote("q", 0, 1, null, null, null).Cue);
    }

    [Fact]
    public void A_corpus_finds_the_mentions_and_quotes_each_document_finds_alone()
    {
        var texts = SeedGold.Load().Documents.Select(d => d.Text).ToList();
        var corpus = Extractor.AnalyzeCorpus(texts);
        for (int d = 0; d < texts.Count; d++)
        {
            var alone = Extractor.Analyze(texts[d]);

            // Identifiers and canonical names are the corpus's, and entities the corpus joined are one; the
            // mentions found and the quotes (but for the speaker instance) are the document's own.
            Assert.Equal(Mentions(alone), Mentions(corpus[d]));
            Assert.Equal(Quotes(alone), Quotes(corpus[d]));
            Assert.Equal(alone.Quotes.Select(q => q.Speaker?.Mentions.Count > 0), corpus[d].Quotes.Select(q => q.Speaker?.Mentions.Count > 0));
        }
    }

    [Fact]
    public void Analysis_in_steady_state_allocates_at_most_twice_the_UTF8_size_of_news_articles()
    {
        // Issue 6, on the PolNeAR dev articles (1.51x when written; the train articles the benchmarks read give
        // 1.70x; the five seed articles, dense with names and quotes, 2.30x). A fresh extractor, warmed up so that
        // its pooled storage has grown; one thread throughout, as the allocation counted is the thread's.
        var extractor = NewsExtractor.CreateDefault();
        string folder = Path.Combine(RepositoryPaths.Shared, "data", "quotes", "polnear", "dev", "text");
        var texts = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        for (int pass = 0; pass < 2; pass++)
        {
            texts.ForEach(t => extractor.Analyze(t));
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (string text in texts)
        {
            extractor.Analyze(text);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        long utf8 = texts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));
        Assert.True(allocated <= 2 * utf8, $"{allocated} bytes allocated for {utf8} UTF-8 bytes of input ({allocated / (double)utf8:F2}x)");
    }

    private static List<Mention> Mentions(DocumentAnalysis analysis) =>
        analysis.Entities.SelectMany(e => e.Mentions).OrderBy(m => m.Start).ThenBy(m => m.End).ToList();

    private static List<(string, int, int, TextSpan?, TextSpan?)> Quotes(DocumentAnalysis analysis) =>
        analysis.Quotes.Select(q => (q.Text, q.Start, q.End, q.SpeakerMention, q.Cue)).ToList();

    private static void AssertReadOnly<T>(IReadOnlyList<T> list)
    {
        var asList = Assert.IsAssignableFrom<IList<T>>(list);
        Assert.True(asList.IsReadOnly);
        T first = list.Count > 0 ? list[0] : default!;
        Assert.Throws<NotSupportedException>(() => asList.Add(first));
        Assert.Throws<NotSupportedException>(() => asList.Clear());
        Assert.Throws<NotSupportedException>(() => asList.Insert(0, first));
        Assert.Throws<NotSupportedException>(() => asList.Remove(first));
        Assert.Throws<NotSupportedException>(() => asList.RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => asList[0] = first);
        Assert.False(list is T[]);
    }
}
