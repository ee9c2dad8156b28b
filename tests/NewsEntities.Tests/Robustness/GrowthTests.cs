using System.Diagnostics;
using NewsEntities.Tests.Acceptance;
using Xunit.Abstractions;

namespace NewsEntities.Tests.Robustness;

/// <summary>
/// Growth, not speed: doubling an adversarial input may at most about double the time. Times are compared within
/// one run, as the fastest of interleaved repetitions each after a full collection: noise on a shared machine only
/// ever adds time, so the minimum is the estimate it disturbs least, and the machine's own speed cancels out.
/// </summary>
[Collection(nameof(TimingCollection))]
public sealed class GrowthTests(ITestOutputHelper output)
{
    // A quadratic step shows as x4 per doubling; linear work measures x1.96-2.04 on a quiet machine since working
    // storage is pooled (every input, full suite, 2026-11-22). The margin is for shared machines: with other builds
    // running, "many people" has measured up to x2.60 (one huge document's young-generation collections re-scan its
    // growing reference arrays, and load stretches them), and a red build for noise would hide real regressions.
    private const double MaximumRatio = 2.6;
    private static readonly NewsExtractor Extractor = NewsExtractor.CreateDefault();

    public static TheoryData<string> Inputs => new(Generators.Keys);

    private static Dictionary<string, Func<int, string>> Generators { get; } = new(StringComparer.Ordinal)
    {
        ["news"] = n => BadInputCatalogueTests.Repeat(string.Join("\n\n", SeedGold.Load().Documents.Select(d => d.Text)), n),
        ["hard-wrapped news"] = n => NewsTextGenerators.Wrap(BadInputCatalogueTests.Repeat(string.Join("\n\n", SeedGold.Load().Documents.Select(d => d.Text.ReplaceLineEndings("\n"))), n), 72),
        ["quote marks"] = n => new string('"', n),
        ["mixed marks"] = n => BadInputCatalogueTests.Repeat("\u201C'\u2019\"\u201D\u2018 x", n),
        ["unclosed quote"] = n => "He said \u201C" + BadInputCatalogueTests.Repeat("and the talks went on in Ramallah. ", n),
        ["capitalised words"] = n => BadInputCatalogueTests.Repeat("Abu Al Bin Van De The Of ", n),
        ["no spaces"] = n => new string('a', n),
        ["possessives in single quotes"] = n => "\u2018" + BadInputCatalogueTests.Repeat("the Joneses\u2019 house and the residents\u2019 cars ", n),
        ["ampersands and references"] = n => BadInputCatalogueTests.Repeat("AT&T and Q&A said &ldquo;we&rsquo;re here&rdquo; ", n),
        ["soft hyphens"] = n => BadInputCatalogueTests.Repeat("Blin\u00ADken said \u201CWe\u200B stay.\u201D ", n),
        ["html"] = n => BadInputCatalogueTests.Repeat("<p class=\"x\">Blinken <a href=\"/y\">said</a> &ldquo;we stay.&rdquo;</p><!-- ad --> ", n),
        ["mojibake"] = n => BadInputCatalogueTests.Repeat("Juli\u00C3\u00A1n said \u00E2\u20AC\u0153we\u00E2\u20AC\u2122re here\u00E2\u20AC caf\u00C3 ", n),
        ["markdown"] = n => BadInputCatalogueTests.Repeat("[Blinken](https://x.com/a) said **we** stay *here* \\_ [x] ", n),
        ["unclosed markdown"] = n => BadInputCatalogueTests.Repeat("[a **b *c _d ](x >> ## ", n),
        ["unclosed markup"] = n => BadInputCatalogueTests.Repeat("<script>x <!-- y <style>z <a href=\"w ", n),
        ["nested brackets"] = n => new string('(', n / 2) + new string(')', n / 2),
        ["many organizations"] = ManyOrganizations,
        ["many people"] = ManyPeople,
        ["many companies"] = ManyCompanies,
        ["many headlines"] = ManyHeadlines,
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Doubling_the_input_at_most_about_doubles_the_time(string name)
    {
        const int size = 500_000;
        string single = Generators[name](size);
        string twice = Generators[name](2 * size);
        Extractor.Analyze(single); // warm-up: JIT and resources

        // A super-linear cost shows in every measurement; a noisy neighbour on a shared machine does not, so a
        // ratio over the bound is measured again, up to three times, before it counts.
        double ratio = double.MaxValue;
        for (int attempt = 0; attempt < 3 && ratio > MaximumRatio; attempt++)
        {
            var singleTimes = new List<double>();
            var twiceTimes = new List<double>();
            for (int i = 0; i < 5; i++)
            {
                singleTimes.Add(Time(single));
                twiceTimes.Add(Time(twice));
            }

            ratio = twiceTimes.Min() / singleTimes.Min();
            output.WriteLine($"{name}: {singleTimes.Min():0.0} ms for {single.Length:N0} chars, {twiceTimes.Min():0.0} ms for {twice.Length:N0}: x{ratio:0.00}");
        }

        Assert.True(ratio <= MaximumRatio, $"{name}: doubling the input multiplied the time by {ratio:0.00}");
    }

    private static double Time(string text)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = Stopwatch.StartNew();
        Extractor.Analyze(text);
        return clock.Elapsed.TotalMilliseconds;
    }

    // Thousands of distinct names in one document: resolution must not compare every name with every other.
    private static string ManyOrganizations(int length) =>
        Sentences(length, i => $"The {Syllables(i)} {Syllables(i / 7 + 3)} Authority said on Monday that the talks went on. ");

    private static string ManyPeople(int length) =>
        Sentences(length, i => $"Mr. {Syllables(i / 5 + 1)} {Syllables(i)} told reporters that the talks went on. ");

    // Coordinated names, one-word short forms, listed companies and "the company" again and again: the steps that
    // look for a word elsewhere in the document must not look through the whole document for each.
    private static string ManyCompanies(int length) =>
        Sentences(length, i => $"{Syllables(i)} Group and {Syllables(i + 1)} Partners said {Syllables(i)} and Goldman rose, as Goldman Sachs fell and Ms. {Syllables(i / 3)} {Syllables(i + 2)} of {Syllables(i / 2)} said Microsoft gained; the company said \"it is fine.\" ");

    // Title-case lines full of names between paragraphs of running text: every line's names are checked against
    // the running text's, which must not mean comparing each with all the others.
    private static string ManyHeadlines(int length) =>
        Sentences(length, i => $"{Syllables(i)} {Syllables(i + 1)} Says The Talks Will Go On In {Syllables(i / 2)}\n\nMr. {Syllables(i)} told reporters in the city that the talks went on.\n\n");

    private static string Sentences(int length, Func<int, string> sentence)
    {
        var text = new System.Text.StringBuilder(length + 100);
        for (int i = 0; text.Length < length; i++)
        {
            text.Append(sentence(i));
        }

        return text.ToString(0, length);
    }

    // A distinct capitalised made-up word for every number: "Bakodi", "Dekaru", ...
    private static string Syllables(int n)
    {
        const string consonants = "bdfgklmnprstvz";
        const string vowels = "aeiou";
        var word = new System.Text.StringBuilder();
        do
        {
            word.Append(consonants[n % consonants.Length]).Append(vowels[(n / consonants.Length) % vowels.Length]);
            n /= consonants.Length * vowels.Length;
        }
        while (n > 0);
        word.Append("ni");
        word[0] = char.ToUpperInvariant(word[0]);
        return word.ToString();
    }
}
