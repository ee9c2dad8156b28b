using NewsEntities.Recognition;
using static NewsEntities.Tests.Recognition.RecognitionTestKit;

namespace NewsEntities.Tests.Recognition;

public sealed class HeadlineTests
{
    [Fact]
    public void Title_case_headline_words_are_not_names()
    {
        var mentions = Mentions("Water Authority Rejects Energy Cooperation with Kenya\n\nThe Water Authority said on Monday that it would not sign.");

        Assert.Contains(("Kenya", EntityLabel.Location), mentions);
        Assert.DoesNotContain(mentions, m => m.Text.Contains("Rejects", StringComparison.Ordinal) || m.Text.Contains("Cooperation", StringComparison.Ordinal));
    }
}
