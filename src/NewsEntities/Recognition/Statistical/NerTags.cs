namespace NewsEntities.Recognition.Statistical;

/// <summary>
/// The BILOU tag set over the four <see cref="EntityLabel"/> types: tag 0 is Outside; the rest are
/// 1 + label × 4 + position, with positions Begin, Inside, Last, Unit. BILOU rather than BIO because the explicit
/// span ends make single-token names ("Reuters") and the last token of long names easier to learn.
/// </summary>
internal static class NerTags
{
    public const int LabelCount = 4;
    public const int Count = 1 + (LabelCount * 4);
    public const int Outside = 0;

    public const int Begin = 0;
    public const int Inside = 1;
    public const int Last = 2;
    public const int Unit = 3;

    public static int Tag(EntityLabel label, int position) => 1 + ((int)label * 4) + position;

    public static EntityLabel LabelOf(int tag) => (EntityLabel)((tag - 1) >> 2);

    public static int PositionOf(int tag) => (tag - 1) & 3;

    /// <summary>Whether a sentence may start with <paramref name="tag"/>.</summary>
    public static bool CanStart(int tag) => tag == Outside || PositionOf(tag) is Begin or Unit;

    /// <summary>Whether a sentence may end with <paramref name="tag"/>.</summary>
    public static bool CanEnd(int tag) => tag == Outside || PositionOf(tag) is Last or Unit;

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/>.</summary>
    public static bool CanFollow(int previous, int next)
    {
        bool previousOpen = previous != Outside && PositionOf(previous) is Begin or Inside;
        bool nextContinues = next != Outside && PositionOf(next) is Inside or Last;
        if (previousOpen)
        {
            return nextContinues && LabelOf(previous) == LabelOf(next);
        }

        return !nextContinues;
    }

    /// <summary>Turns BILOU tags back into spans; tolerant of any sequence, though Viterbi only yields valid ones.</summary>
    public static void ToMentions(ReadOnlySpan<int> tags, int tokenOffset, List<NamedMention> output)
    {
        int start = -1;
        for (int i = 0; i < tags.Length; i++)
        {
            int tag = tags[i];
            if (tag == Outside)
            {
                start = -1;
                continue;
            }

            int position = PositionOf(tag);
            if (position is Begin or Unit || start < 0 || LabelOf(tags[start]) != LabelOf(tag))
            {
                start = i;
            }

            if (position is Last or Unit || i + 1 == tags.Length)
            {
                output.Add(new NamedMention(new Pipeline.TokenRange(tokenOffset + start, tokenOffset + i + 1), LabelOf(tag)));
                start = -1;
            }
        }
    }

    /// <summary>Encodes spans of one label as BILOU tags (the training tool's gold side).</summary>
    public static void Encode(Span<int> tags, int start, int end, EntityLabel label)
    {
        if (end - start == 1)
        {
            tags[start] = Tag(label, Unit);
            return;
        }

        tags[start] = Tag(label, Begin);
        for (int i = start + 1; i < end - 1; i++)
        {
            tags[i] = Tag(label, Inside);
        }

        tags[end - 1] = Tag(label, Last);
    }
}
