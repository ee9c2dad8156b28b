// AFL++ target for the whole text pipeline (see fuzz/run.sh). An input is read either as UTF-8 or, when its first
// byte is odd, as raw UTF-16 code units, so lone surrogates and every char value reach the pipeline too. Any
// exception, or any result whose offsets don't point at the text they report, is a crash for AFL to keep.
using System.Runtime.InteropServices;
using System.Text;
using NewsEntities;
using SharpFuzz;

// Created on the first input, not before Run: instrumented library code must not run until SharpFuzz has mapped
// AFL's shared coverage memory, or its first write faults.
NewsExtractor? extractor = null;
Fuzzer.OutOfProcess.Run(stream =>
{
    extractor ??= NewsExtractor.CreateDefault();
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    byte[] bytes = buffer.ToArray();
    string text = bytes.Length > 0 && (bytes[0] & 1) == 1
        ? new string(MemoryMarshal.Cast<byte, char>(bytes.AsSpan(1, (bytes.Length - 1) & ~1)))
        : Encoding.UTF8.GetString(bytes);

    var analysis = extractor.Analyze(text);
    foreach (var entity in analysis.Entities)
    {
        foreach (var mention in entity.Mentions)
        {
            Check(text, mention.Start, mention.End, mention.Text);
        }
    }

    foreach (var quote in analysis.Quotes)
    {
        Check(text, quote.Start, quote.End, quote.Text);
        if (quote.SpeakerMention is { } speaker)
        {
            Check(text, speaker.Start, speaker.End, speaker.Text);
        }

        if (quote.Cue is { } cue)
        {
            Check(text, cue.Start, cue.End, cue.Text);
        }
    }
});

static void Check(string text, int start, int end, string reported)
{
    if (start < 0 || end < start || end > text.Length || string.CompareOrdinal(text, start, reported, 0, Math.Max(end - start, reported.Length)) != 0)
    {
        throw new InvalidOperationException($"offsets {start}-{end} do not hold \"{reported}\"");
    }
}
