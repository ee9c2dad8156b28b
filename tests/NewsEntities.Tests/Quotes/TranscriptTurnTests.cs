using NewsEntities.Resolution;

namespace NewsEntities.Tests.Quotes;

/// <summary>Transcripts quoted turn by turn, each paragraph opening with its speaker's name in capitals.</summary>
public sealed class TranscriptTurnTests
{
    private static readonly TestEntity Kaine = new("Tim Kaine", Gender: Gender.Male) { Aliases = ["KAINE"] };

    private const string Transcript =
        "On Sunday's broadcast, Sen. Tim Kaine said the plan would fail.\n\nPartial transcript as follows:\n\n"
        + "\"TODD: Senator, why would the campaign do that?\n\n"
        + "\"KAINE: Well, look, this is serious business.\n\n"
        + "\"(CROSSTALK.)\n\n"
        + "\"TODD: Do you see those two as equivalent?\n\n"
        + "\"KAINE: No. I do not.\n\n"
        + "\"But the truth is that we have a plan.\"";

    [Fact]
    public void Each_turn_goes_to_the_speaker_its_label_names_and_the_label_is_not_part_of_the_words()
    {
        var speech = QuoteTestDocument.Quotes(Transcript, Kaine).Where(q => q.IsSpeech).ToList();
        Assert.Equal(
            [
                ("Senator, why would the campaign do that?", null, "TODD"),
                ("Well, look, this is serious business.", "Tim Kaine", "KAINE"),
                ("Do you see those two as equivalent?", null, "TODD"),
                ("No. I do not.", "Tim Kaine", "KAINE"),
                ("But the truth is that we have a plan.", "Tim Kaine", "KAINE"),
            ],
            speech.Select(q => (q.Text, q.Speaker, q.SpeakerMention)));
    }

    [Fact]
    public void A_label_may_hold_an_abbreviation_and_an_apostrophe()
    {
        var quotes = QuoteTestDocument.Quotes(
            "Partial transcript as follows:\n\n\"MR. TRUMP: We will win.\n\n\"O'ROURKE: No, you will not.\n\n\"MR. TRUMP: We will.\n\n\"O'ROURKE: Never.\"");
        Assert.Equal(
            [("We will win.", "MR. TRUMP"), ("No, you will not.", "O'ROURKE"), ("We will.", "MR. TRUMP"), ("Never.", "O'ROURKE")],
            quotes.Select(q => (q.Text, q.SpeakerMention)));
    }

    [Fact]
    public void A_transcribers_note_between_turns_is_not_speech()
    {
        var note = Assert.Single(QuoteTestDocument.Quotes(Transcript, Kaine), q => q.Text.Contains("CROSSTALK", StringComparison.Ordinal));
        Assert.False(note.IsSpeech);
    }

    [Fact]
    public void A_label_that_heads_one_paragraph_only_and_names_nobody_is_a_heading()
    {
        var quotes = QuoteTestDocument.Quotes(
            "The senator spoke.\n\n\"KAINE: We have a plan.\n\n\"VIDEO: They said they would call me and they never did.\"", Kaine);
        var video = Assert.Single(quotes, q => q.Text.Contains("call me", StringComparison.Ordinal));
        Assert.StartsWith("VIDEO:", video.Text, StringComparison.Ordinal);
        Assert.NotEqual("VIDEO", video.SpeakerMention);
    }

    [Fact]
    public void Capitals_and_a_colon_inside_a_paragraph_are_not_a_label()
    {
        var quote = Assert.Single(QuoteTestDocument.Quotes("Tim Kaine told the crowd, \"NOTE: we will win this state.\"", Kaine));
        Assert.Equal("NOTE: we will win this state.", quote.Text);
        Assert.Equal("Tim Kaine", quote.Speaker);
    }
}
