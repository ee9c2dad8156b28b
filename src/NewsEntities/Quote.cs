namespace NewsEntities;

/// <summary>A direct quotation and, when it can be told, who said it.</summary>
/// <param name="Text">The quoted words, without the quotation marks, exactly as they stand in the input.</param>
/// <param name="Start">The index of the first quoted character, in UTF-16 code units.</param>
/// <param name="End">The index just past the last quoted character (exclusive).</param>
/// <param name="Speaker">
/// The named entity that said the words, or <see langword="null"/> when the speaker is not a named entity
/// ("a Palestinian politician") or can't be told.
/// </param>
/// <param name="SpeakerMention">
/// The words the attribution points at ("he", "Blinken", "a Palestinian politician"), or <see langword="null"/>.
/// </param>
/// <param name="Cue">The words that signal the speech ("said", "told", "according to"), or <see langword="null"/>.</param>
public sealed record Quote(string Text, int Start, int End, Entity? Speaker, TextSpan? SpeakerMention, TextSpan? Cue);
