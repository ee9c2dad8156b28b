using System.Diagnostics;
using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using NewsEntities.Recognition.Statistical;
using NewsEntities.Segmentation;
using NewsEntities.Tokenization;

namespace NewsEntities.Tests.Recognition.Statistical;

public class NerModelTests
{
    [Fact]
    public void Model_loads_from_the_embedded_resource_quickly()
    {
        var clock = Stopwatch.StartNew();
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(
            typeof(NerModel).Assembly.GetManifestResourceNames().Single(n => n.EndsWith("ner.model", StringComparison.Ordinal)));
        Assert.NotNull(stream);
        var model = NerModel.Load(stream);
        clock.Stop();

        Assert.Same(NerModel.Default, NerModel.Default);
        Assert.True(model.BucketBits >= 16);

        // The target is 0.5 s; the bound leaves room for a busy test machine and a cold JIT.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"load took {clock.Elapsed}");
    }

    [Fact]
    public void Titles_stay_outside_person_names()
    {
        var found = Tag("US Secretary of State Antony Blinken met Mahmoud Abbas in Ramallah.");

        Assert.Equal(
            [("US", EntityLabel.Location), ("Antony Blinken", EntityLabel.Person), ("Mahmoud Abbas", EntityLabel.Person), ("Ramallah", EntityLabel.Location)],
            found);
    }

    [Theory]
    [InlineData("Shares of Microsoft Corp. rose 3 percent in New York on Tuesday.", "Microsoft Corp.", "Organization")]
    [InlineData("German Chancellor Olaf Scholz spoke to reporters in Berlin.", "Olaf Scholz", "Person")]
    [InlineData("German Chancellor Olaf Scholz spoke to reporters in Berlin.", "Berlin", "Location")]
    [InlineData("The European Union imposed new sanctions on Russia.", "European Union", "Organization")]
    public void Common_news_names_get_their_type(string sentence, string name, string label)
    {
        Assert.Contains((name, Enum.Parse<EntityLabel>(label)), Tag(sentence));
    }

    [Fact]
    public void Mentions_are_in_text_order_inside_the_input_and_never_overlap()
    {
        string text = "Israeli Prime Minister Benjamin Netanyahu said on Sunday that Hamas had rejected the proposal. "
            + "\"We will not stop,\" Netanyahu told the Knesset in Jerusalem.\n\nThe United Nations called for calm.";
        var document = Prepare(text);
        var mentions = new List<NamedMention>();
        NerModel.Default.Recognize(document, mentions, CancellationToken.None);

        Assert.NotEmpty(mentions);
        int previousEnd = 0;
        foreach (var mention in mentions)
        {
            Assert.True(mention.Tokens.Start >= previousEnd);
            Assert.True(mention.Tokens.End <= document.Tokens.Count);
            Assert.True(document.EndOf(mention.Tokens) <= text.Length);
            previousEnd = mention.Tokens.End;
        }
    }

    [Fact]
    public void Output_is_deterministic()
    {
        const string text = "Reuters reported that Apple and Samsung met in Seoul with officials from the World Trade Organization.";
        var first = Tag(text);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(first, Tag(text));
        }
    }

    [Fact]
    public void Pre_split_tokens_are_tagged_like_a_document()
    {
        IReadOnlyList<IReadOnlyList<string>> sentences = [["Antony", "Blinken", "visited", "Paris", "."]];
        var mentions = NerModel.Default.Recognize(sentences, CancellationToken.None);

        Assert.Contains(new NamedMention(new TokenRange(0, 2), EntityLabel.Person), mentions);
        Assert.Contains(new NamedMention(new TokenRange(3, 4), EntityLabel.Location), mentions);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        var document = Prepare("Antony Blinken visited Paris.");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(
            () => NerModel.Default.Recognize(document, [], cancelled.Token));
    }

    internal static Document Prepare(string text)
    {
        var document = new Document(text);
        Tokenizer.Tokenize(text, document.Tokens);
        new SentenceSplitter().Process(document, CancellationToken.None);
        return document;
    }

    private static List<(string Text, EntityLabel Label)> Tag(string text)
    {
        var document = Prepare(text);
        var mentions = new List<NamedMention>();
        NerModel.Default.Recognize(document, mentions, CancellationToken.None);
        return mentions.Select(m => (document.Slice(document.StartOf(m.Tokens), document.EndOf(m.Tokens)), m.Label)).ToList();
    }
}
