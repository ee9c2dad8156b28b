using System.Text;

namespace NewsEntities.Rendering;

/// <summary>
/// Writes text wrapped in the elements of possibly overlapping annotations as well-formed HTML: the text is cut
/// at every annotation boundary, and for each piece the elements that cover it are opened in layer order, so an
/// element that would straddle another's end is closed there and reopened after it instead of overlapping it.
/// </summary>
/// <remarks>
/// Elements above <see cref="Layer.Paragraph"/> are only opened inside a paragraph, so that the whitespace between
/// paragraphs never carries a highlight and block elements are never nested in inline ones.
/// </remarks>
internal static class AnnotatedText
{
    public static void Write(StringBuilder html, string text, IEnumerable<Annotation> annotations, IEnumerable<Insertion> insertions)
    {
        // The rank orders elements from outermost to innermost: layer first, then the earlier and longer run outside.
        var byRank = annotations
            .Where(a => a.End > a.Start)
            .Select((annotation, index) => (Annotation: annotation, Index: index))
            .OrderBy(x => x.Annotation.Layer)
            .ThenBy(x => x.Annotation.Start)
            .ThenByDescending(x => x.Annotation.End)
            .ThenBy(x => x.Index)
            .Select(x => x.Annotation)
            .ToArray();
        int[] byStart = Enumerable.Range(0, byRank.Length).OrderBy(rank => byRank[rank].Start).ToArray();
        var points = insertions.OrderBy(i => i.Offset).ToArray();

        var boundaries = new SortedSet<int> { 0, text.Length };
        foreach (var annotation in byRank)
        {
            boundaries.Add(annotation.Start);
            boundaries.Add(annotation.End);
        }

        foreach (var point in points)
        {
            boundaries.Add(point.Offset);
        }

        var active = new SortedSet<int>();
        var open = new List<int>();
        var started = new bool[byRank.Length];
        int nextStart = 0;
        int nextPoint = 0;
        int[] cuts = [.. boundaries];
        for (int k = 0; k < cuts.Length; k++)
        {
            int at = cuts[k];
            active.RemoveWhere(rank => byRank[rank].End <= at);
            while (nextStart < byStart.Length && byRank[byStart[nextStart]].Start <= at)
            {
                active.Add(byStart[nextStart++]);
            }

            var wanted = k + 1 < cuts.Length ? Wanted(byRank, active) : [];
            int keep = 0;
            while (keep < open.Count && keep < wanted.Count && open[keep] == wanted[keep])
            {
                keep++;
            }

            for (int i = open.Count - 1; i >= keep; i--)
            {
                html.Append(byRank[open[i]].CloseTag);
            }

            open.RemoveRange(keep, open.Count - keep);
            for (int i = keep; i < wanted.Count; i++)
            {
                var annotation = byRank[wanted[i]];
                nextPoint = WritePoints(html, points, nextPoint, at, annotation.Layer);
                html.Append(started[wanted[i]] ? annotation.ContinuationTag : annotation.FirstTag);
                started[wanted[i]] = true;
                open.Add(wanted[i]);
            }

            nextPoint = WritePoints(html, points, nextPoint, at, null);
            if (k + 1 < cuts.Length)
            {
                HtmlText.Append(html, text.AsSpan(at, cuts[k + 1] - at));
            }
        }
    }

    private static List<int> Wanted(Annotation[] byRank, SortedSet<int> active)
    {
        var wanted = new List<int>(active.Count);
        bool inParagraph = false;
        foreach (int rank in active)
        {
            inParagraph |= byRank[rank].Layer == Layer.Paragraph;
            if (inParagraph)
            {
                wanted.Add(rank);
            }
        }

        return wanted;
    }

    /// <summary>Writes the insertions at <paramref name="at"/> that belong outside an element of <paramref name="below"/> (all of them if null).</summary>
    private static int WritePoints(StringBuilder html, Insertion[] points, int next, int at, Layer? below)
    {
        while (next < points.Length && points[next].Offset <= at && (below is null || points[next].Layer <= below))
        {
            html.Append(points[next].Html);
            next++;
        }

        return next;
    }
}
