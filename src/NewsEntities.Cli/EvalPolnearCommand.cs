using System.CommandLine;
using System.Globalization;

namespace NewsEntities.Cli;

/// <summary>
/// <c>newsentities eval-polnear [--split dev] [--data DIR] [--show N] [--predictions FILE]</c>: scores quote
/// extraction and attribution against PolNeAR's annotated attributions, the library's or, with
/// <c>--predictions</c>, another system's (see <see cref="PredictionsFile"/>).
/// </summary>
/// <remarks>
/// A gold quote is a run between double quote marks (curly, straight, or two apostrophes as the New York Times
/// writes them; a paragraph of a multi-paragraph quote runs to its end) most of whose characters lie inside an
/// attribution's Content span; its speaker is that attribution's Source span. A found quote is right when it
/// overlaps a gold quote by at least half of each; its speaker is right when its speaker mention, or a mention of
/// its speaker, overlaps the Source span. A found quote that no attribution covers counts against attribution
/// precision only when it was given a speaker. One annotator's file is read per article. Only the train and dev
/// splits can be read: the test split is held out.
/// </remarks>
internal static class EvalPolnearCommand
{
    public static Command Create()
    {
        var split = new Option<string>("--split")
        {
            Description = "The split to score: dev (default), train, or test (held out: only whoever holds it can score it).",
            DefaultValueFactory = _ => "dev",
        };
        split.AcceptOnlyFromAmong("dev", "train", "test");
        var data = new Option<string?>("--data")
        {
            Description = "The PolNeAR folder (default: shared/data/quotes/polnear beside the repository).",
        };
        var show = new Option<int>("--show")
        {
            Description = "Print this many missed and wrongly attributed quotes.",
            DefaultValueFactory = _ => 0,
        };
        // Scoring half of a split (articles in file-name order) tells a change that helps throughout from one
        // that fits a few articles; development only, so hidden.
        var part = new Option<int>("--part")
        {
            Description = "Score only the first (1) or second (2) half of the split's articles.",
            DefaultValueFactory = _ => 0,
            Hidden = true,
        };
        part.AcceptOnlyFromAmong("0", "1", "2");
        var dump = new Option<string?>("--dump")
        {
            Description = "Write one line per found quote (offsets, words, cue, speaker, outcome) to this file.",
            Hidden = true,
        };
        // How far PolNeAR's annotators agree with each other, scored the way the library is: the ceiling a
        // system can be expected to reach on this corpus. Development only, so hidden.
        var agreement = new Option<bool>("--agreement")
        {
            Description = "Score the annotators of multiply annotated articles against each other instead of the library.",
            Hidden = true,
        };
        var predictions = new Option<FileInfo?>("--predictions")
        {
            Description = "Score another system's quotes, read from this JSON Lines file, instead of the library's.",
        };
        var command = new Command("eval-polnear", "Score quotes and speakers against PolNeAR attributions.")
        {
            split,
            data,
            show,
            part,
            dump,
            agreement,
            predictions,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(parse.GetValue(agreement)
            ? Agreement(parse.GetValue(split) ?? "dev", parse.GetValue(data))
            : Run(parse.GetValue(split) ?? "dev", parse.GetValue(data), parse.GetValue(show), parse.GetValue(part), parse.GetValue(dump),
                parse.GetValue(predictions), cancellationToken)));
        return command;
    }

    private static int Run(string split, string? dataDir, int show, int part, string? dumpFile, FileInfo? predictionsFile, CancellationToken cancellationToken)
    {
        if (!TryListSplit(split, dataDir, out var texts, out var annotations))
        {
            return 2;
        }

        Dictionary<string, IReadOnlyList<PredictedQuote>>? predictions = null;
        if (predictionsFile is not null)
        {
            try
            {
                predictions = PredictionsFile.Read(predictionsFile.FullName);
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"newsentities: {e.Message}");
                return 2;
            }

            // A name that is no article of the split is a file made for another split, whose score would mean nothing.
            var stems = texts.Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
            if (predictions.Keys.FirstOrDefault(d => !stems.Contains(d)) is { } stray)
            {
                Console.Error.WriteLine($"newsentities: {predictionsFile.Name} names '{stray}', which is no article of the {split} split");
                return 2;
            }
        }

        NewsExtractor? extractor = null;
        using var dump = dumpFile is null ? null : new StreamWriter(dumpFile);
        var score = new Score(dump);
        int half = (texts.Count + 1) / 2;
        texts = part switch
        {
            1 => texts[..half],
            2 => texts[half..],
            _ => texts,
        };
        foreach (string textFile in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string stem = Path.GetFileNameWithoutExtension(textFile);
            string? annotation = AnnotationsOf(stem, annotations).FirstOrDefault();
            if (annotation is null)
            {
                continue;
            }

            string text = File.ReadAllText(textFile);
            var gold = GoldQuotes(text, File.ReadAllLines(annotation));
            IReadOnlyList<Quote> found;
            if (predictions is null)
            {
                extractor ??= NewsExtractor.CreateDefault();
                found = extractor.ExtractQuotes(text, cancellationToken);
            }
            else
            {
                try
                {
                    found = PredictionsFile.ToQuotes(stem, text, predictions.GetValueOrDefault(stem) ?? []);
                }
                catch (FormatException e)
                {
                    Console.Error.WriteLine($"newsentities: {e.Message}");
                    return 2;
                }
            }

            score.Add(stem, text, gold, found, show);
        }

        score.Print();
        return 0;
    }

    /// <summary>
    /// Scores every annotator of an article that several annotated against every other one, as if the second were
    /// the system: a quote is found when the other annotator has it, and its speaker is right when their source
    /// spans overlap.
    /// </summary>
    private static int Agreement(string split, string? dataDir)
    {
        if (!TryListSplit(split, dataDir, out var texts, out var annotations))
        {
            return 2;
        }

        int articles = 0, pairs = 0, gold = 0, found = 0, matched = 0, right = 0, unmatchedWithSpeaker = 0;
        foreach (string textFile in texts)
        {
            string stem = Path.GetFileNameWithoutExtension(textFile);
            var files = AnnotationsOf(stem, annotations).ToList();
            if (files.Count < 2)
            {
                continue;
            }

            articles++;
            string text = File.ReadAllText(textFile);
            var byAnnotator = files.Select(f => GoldQuotes(text, File.ReadAllLines(f))).ToList();
            foreach (var reference in byAnnotator)
            {
                foreach (var other in byAnnotator.Where(o => !ReferenceEquals(o, reference)))
                {
                    pairs++;
                    gold += reference.Count;
                    found += other.Count;
                    var used = new bool[reference.Count];
                    foreach (var quote in other)
                    {
                        int match = FirstUnusedMatch(quote.Start, quote.End, reference, used);
                        if (match < 0)
                        {
                            unmatchedWithSpeaker += quote.Source.Count > 0 ? 1 : 0;
                            continue;
                        }

                        used[match] = true;
                        matched++;
                        right += quote.Source.Any(s => Overlaps(s.Start, s.End, reference[match].Source)) ? 1 : 0;
                    }
                }
            }
        }

        Console.WriteLine($"articles {articles}, annotator pairs {pairs}, gold quotes {gold}, other annotator's quotes {found}");
        Score.PrintPrf("quotes", matched, found, matched, gold);
        Console.WriteLine($"speaker agreement on shared quotes: {Score.Ratio(right, matched)} ({right}/{matched})");
        Score.PrintPrf("attribution", right, matched + unmatchedWithSpeaker, right, gold);
        return 0;
    }

    /// <summary>The split's texts and annotation files, each in file-name order; false, with the message written, when it is not there.</summary>
    private static bool TryListSplit(string split, string? dataDir, out List<string> texts, out List<string> annotations)
    {
        string? root = dataDir ?? FindData();
        texts = annotations = [];
        if (root is null)
        {
            Console.Error.WriteLine("newsentities: PolNeAR data not found; pass --data DIR");
            return false;
        }

        if (!Directory.Exists(Path.Combine(root, split, "text")) || !Directory.Exists(Path.Combine(root, split, "attributions")))
        {
            // The test split is held out of the shared data on purpose: it is scored by whoever holds it, with
            // --data naming a copy of PolNeAR that has it, so that no one developing the library ever reads it.
            Console.Error.WriteLine(split == "test"
                ? $"newsentities: {root} has no test split (test/text and test/attributions): it is held out; whoever holds it passes --data with a PolNeAR folder that has it"
                : $"newsentities: {root} has no {split} split ({split}/text and {split}/attributions); pass --data DIR");
            return false;
        }

        texts = Directory.GetFiles(Path.Combine(root, split, "text"), "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        annotations = Directory.GetFiles(Path.Combine(root, split, "attributions"), "*.ann").OrderBy(f => f, StringComparer.Ordinal).ToList();
        return true;
    }

    /// <summary>The annotation files of one article (several when several annotators worked on it), in file-name order.</summary>
    private static IEnumerable<string> AnnotationsOf(string stem, List<string> annotations) =>
        annotations.Where(a => Path.GetFileName(a).StartsWith(stem + "_", StringComparison.Ordinal));

    /// <summary>The first gold quote not yet matched that overlaps [start, end) by half of each, or -1.</summary>
    private static int FirstUnusedMatch(int start, int end, List<GoldQuote> gold, bool[] used)
    {
        for (int g = 0; g < gold.Count; g++)
        {
            if (!used[g] && HalfOverlap(start, end, gold[g].Start, gold[g].End))
            {
                return g;
            }
        }

        return -1;
    }

    private static string? FindData()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (string candidate in new[] { Path.Combine(dir.FullName, "shared", "data", "quotes", "polnear"), Path.Combine(dir.FullName, "..", "shared", "data", "quotes", "polnear") })
            {
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        return null;
    }

    /// <summary>A gold quote: a quoted run inside an attribution's content, and the attribution's source spans.</summary>
    private sealed record GoldQuote(int Start, int End, IReadOnlyList<(int Start, int End)> Source);

    /// <summary>
    /// The gold quotes of one article: every quoted run of the text (see <see cref="QuotedRuns"/>) most of whose
    /// characters lie inside one attribution's Content span, with that attribution's Source spans. The runs are
    /// found over the whole text rather than inside each Content span because annotators often leave a mark
    /// outside the span (the closing mark after the last word) and a paragraph of a multi-paragraph quote has
    /// no closing mark of its own.
    /// </summary>
    private static List<GoldQuote> GoldQuotes(string text, string[] lines)
    {
        // Brat offsets count code points; the library's count UTF-16 units.
        int[]? map = text.Any(char.IsSurrogate) ? CodePointMap(text) : null;
        var spans = new Dictionary<string, List<(int Start, int End)>>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            string[] fields = line.Split('\t');
            if (fields.Length < 2 || !fields[0].StartsWith('T'))
            {
                continue;
            }

            int space = fields[1].IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                continue;
            }

            var list = new List<(int, int)>();
            foreach (string part in fields[1][(space + 1)..].Split(';'))
            {
                string[] bounds = part.Split(' ');
                int start = int.Parse(bounds[0], CultureInfo.InvariantCulture);
                int end = int.Parse(bounds[1], CultureInfo.InvariantCulture);
                list.Add(map is null ? (start, end) : (map[Math.Min(start, map.Length - 1)], map[Math.Min(end, map.Length - 1)]));
            }

            spans[fields[0]] = list;
        }

        // The attribution whose Content covers each character (PolNeAR is univocal: at most one), or -1.
        var owner = new int[text.Length];
        Array.Fill(owner, -1);
        var sources = new List<List<(int Start, int End)>>();
        foreach (string line in lines)
        {
            string[] fields = line.Split('\t');
            if (fields.Length < 2 || !fields[0].StartsWith('E'))
            {
                continue;
            }

            List<(int Start, int End)>? content = null;
            var source = new List<(int Start, int End)>();
            foreach (string argument in fields[1].Split(' '))
            {
                int colon = argument.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0 || !spans.TryGetValue(argument[(colon + 1)..], out var span))
                {
                    continue;
                }

                if (argument.StartsWith("Content:", StringComparison.Ordinal))
                {
                    content = span;
                }
                else if (argument.StartsWith("Source:", StringComparison.Ordinal))
                {
                    source.AddRange(span);
                }
            }

            if (content is null)
            {
                continue;
            }

            foreach (var (start, end) in content)
            {
                for (int i = Math.Max(0, start); i < Math.Min(end, text.Length); i++)
                {
                    owner[i] = sources.Count;
                }
            }

            sources.Add(source);
        }

        var quotes = new List<GoldQuote>();
        var counts = new Dictionary<int, int>();
        foreach (var (start, end) in QuotedRuns(text))
        {
            counts.Clear();
            int letters = 0;
            for (int i = start; i < end; i++)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    continue;
                }

                letters++;
                if (owner[i] >= 0)
                {
                    counts[owner[i]] = counts.GetValueOrDefault(owner[i]) + 1;
                }
            }

            foreach (var (attribution, count) in counts)
            {
                if (2 * count > letters)
                {
                    quotes.Add(new GoldQuote(start, end, sources[attribution]));
                    break;
                }
            }
        }

        return quotes;
    }

    /// <summary>
    /// The runs between double quote marks, paired inside each paragraph (a line): curly marks face their way (or
    /// the way their spacing shows when typed the wrong way round), straight ones alternate, and two apostrophes (''
    /// as the New York Times writes them) are one straight double mark. A run still open at the end of its paragraph is a run to that end when the next paragraph
    /// opens with a mark (news style for a quote over several paragraphs); otherwise it is dropped. Each run is
    /// trimmed of whitespace.
    /// </summary>
    private static List<(int Start, int End)> QuotedRuns(string text)
    {
        var runs = new List<(int Start, int End)>();
        int paragraph = 0;
        while (paragraph < text.Length)
        {
            int lineEnd = text.IndexOf('\n', paragraph);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            int open = -1;
            for (int i = paragraph; i < lineEnd;)
            {
                int length = DoubleMark(text, i, lineEnd, out bool canOpen, out bool canClose);
                if (length == 0)
                {
                    i++;
                    continue;
                }

                if (open >= 0 && canClose)
                {
                    AddRun(text, open, i, runs);
                    open = -1;
                }
                else if (canOpen)
                {
                    open = i + length;
                }

                i += length;
            }

            int next = lineEnd;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (open >= 0 && next < text.Length && DoubleMark(text, next, text.Length, out bool opens, out _) > 0 && opens)
            {
                AddRun(text, open, lineEnd, runs);
            }

            paragraph = lineEnd + 1;
        }

        return runs;
    }

    /// <summary>The length of the double quote mark at <paramref name="i"/> (0 if none) and the ways it can face.</summary>
    private static int DoubleMark(string text, int i, int end, out bool canOpen, out bool canClose)
    {
        char c = text[i];
        canOpen = c is '\u201C' or '"';
        canClose = c is '\u201D' or '"';
        if (c is '\u201C' or '\u201D')
        {
            // A curly mark typed the wrong way round ("It's unusual,“ said Noble) faces the way its neighbours
            // show: a space after it and none before closes, a space before it and a letter after opens.
            bool spaceBefore = i == 0 || char.IsWhiteSpace(text[i - 1]);
            bool spaceAfter = i + 1 >= end || char.IsWhiteSpace(text[i + 1]);
            if (spaceBefore != spaceAfter && (spaceAfter || char.IsLetterOrDigit(text[i + 1])))
            {
                canOpen = spaceBefore;
                canClose = spaceAfter;
            }
        }

        if (canOpen || canClose)
        {
            return 1;
        }

        if (c is '\'' or '\u2018' or '\u2019' && i + 1 < end && text[i + 1] == c)
        {
            // Three apostrophes are a single mark and a double one, the double one outermost: after a word the
            // first of them closes a single quote and the other two the double one.
            bool afterWord = i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] != c;
            if (afterWord && i + 2 < end && text[i + 2] == c)
            {
                return 0;
            }

            canOpen = c != '\u2019';
            canClose = c != '\u2018';
            return 2;
        }

        return 0;
    }

    private static void AddRun(string text, int start, int end, List<(int Start, int End)> runs)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            runs.Add((start, end));
        }
    }

    private static int[] CodePointMap(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        map.Add(text.Length);
        return [.. map];
    }

    private static bool HalfOverlap(int aStart, int aEnd, int bStart, int bEnd)
    {
        int overlap = Math.Min(aEnd, bEnd) - Math.Max(aStart, bStart);
        return overlap > 0 && 2 * overlap >= aEnd - aStart && 2 * overlap >= bEnd - bStart;
    }

    private static bool Overlaps(int aStart, int aEnd, IReadOnlyList<(int Start, int End)> spans) =>
        spans.Any(s => Math.Min(aEnd, s.End) > Math.Max(aStart, s.Start));

    private sealed class Score(StreamWriter? dump)
    {
        private int documents;
        private int gold;
        private int found;
        private int matched;
        private int goldMatched;
        private int speakerRight;
        private int attributed;
        private int unmatched;
        private int unmatchedWithoutSpeaker;
        private int shown;

        public void Add(string name, string text, List<GoldQuote> goldQuotes, IReadOnlyList<Quote> quotes, int show)
        {
            documents++;
            gold += goldQuotes.Count;
            found += quotes.Count;
            var goldUsed = new bool[goldQuotes.Count];
            foreach (var quote in quotes)
            {
                int match = FirstUnusedMatch(quote.Start, quote.End, goldQuotes, goldUsed);

                bool hasSpeaker = quote.Speaker is not null || quote.SpeakerMention is not null;
                bool right = match >= 0 && Right(quote, goldQuotes[match].Source);
                dump?.WriteLine(string.Join('\t', name, quote.Start, quote.End, quote.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length,
                    quote.Cue?.Text ?? "-", quote.SpeakerMention?.Text ?? "-", quote.SpeakerMention?.Start ?? -1, quote.Speaker?.Name ?? "-",
                    match < 0 ? "unmatched" : right ? "right" : goldQuotes[match].Source.Count == 0 ? "nogold" : "wrong"));
                if (match < 0)
                {
                    unmatched++;
                    if (hasSpeaker)
                    {
                        attributed++;
                    }
                    else
                    {
                        unmatchedWithoutSpeaker++;
                    }

                    if (shown < show)
                    {
                        shown++;
                        Console.WriteLine($"not in gold    {name}: \"{Clip(text[quote.Start..quote.End])}\" -> {quote.SpeakerMention?.Text ?? "-"} cue={quote.Cue?.Text ?? "-"}");
                    }

                    continue;
                }

                goldUsed[match] = true;
                matched++;
                attributed++;
                var source = goldQuotes[match].Source;
                if (right)
                {
                    speakerRight++;
                }
                else if (shown < show)
                {
                    shown++;
                    string expected = string.Join(" ", source.Select(s => text[s.Start..s.End]));
                    string context = source.Count == 0 ? "" : Context(text, source[0].Start, source[^1].End);
                    Console.WriteLine($"wrong speaker  {name}: \"{Clip(text[quote.Start..quote.End])}\" -> {quote.SpeakerMention?.Text ?? "-"} [{quote.Speaker?.Name ?? "-"}] (gold: {expected}) @{quote.Start} ours@{quote.SpeakerMention?.Start ?? -1} src@{(source.Count == 0 ? -1 : source[0].Start)} cue={quote.Cue?.Text ?? "-"} | {context}");
                }
            }

            for (int g = 0; g < goldQuotes.Count; g++)
            {
                if (goldUsed[g])
                {
                    goldMatched++;
                }
                else if (shown < show)
                {
                    shown++;
                    var source = goldQuotes[g].Source;
                    string context = source.Count == 0 ? "" : Context(text, source[0].Start, source[^1].End);
                    Console.WriteLine($"missed quote   {name}: \"{Clip(text[goldQuotes[g].Start..goldQuotes[g].End])}\" @{goldQuotes[g].Start} src@{(source.Count == 0 ? -1 : source[0].Start)} | {context}");
                }
            }
        }

        private static bool Right(Quote quote, IReadOnlyList<(int Start, int End)> source) =>
            (quote.SpeakerMention is { } mention && Overlaps(mention.Start, mention.End, source))
            || (quote.Speaker is { } speaker && speaker.Mentions.Any(m => Overlaps(m.Start, m.End, source)));

        public void Print()
        {
            Console.WriteLine($"documents {documents}, gold quotes {gold}, found quotes {found}");
            PrintPrf("quotes", matched, found, goldMatched, gold);
            Console.WriteLine($"speaker accuracy on found quotes: {Ratio(speakerRight, matched)} ({speakerRight}/{matched})");
            PrintPrf("attribution", speakerRight, attributed, speakerRight, gold);
            Console.WriteLine($"found quotes matching no gold quote: {unmatched}, {unmatchedWithoutSpeaker} of them without a speaker (those count against quote precision only)");
        }

        public static void PrintPrf(string what, int rightFound, int allFound, int rightGold, int allGold)
        {
            double p = allFound == 0 ? 0 : (double)rightFound / allFound;
            double r = allGold == 0 ? 0 : (double)rightGold / allGold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: P {p:0.000} R {r:0.000} F1 {f:0.000}"));
        }

        public static string Ratio(int a, int b) =>
            b == 0 ? "n/a" : ((double)a / b).ToString("0.000", CultureInfo.InvariantCulture);

        private static string Clip(string s) => s.Length <= 80 ? s : s[..77] + "...";

        /// <summary>The words around a span, on one line, the span in brackets.</summary>
        private static string Context(string text, int start, int end)
        {
            int from = Math.Max(0, start - 60);
            int to = Math.Min(text.Length, end + 60);
            return (text[from..start] + "[[" + text[start..end] + "]]" + text[end..to]).Replace('\n', ' ');
        }
    }
}
