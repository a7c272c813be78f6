namespace Graph.GraphQL.Validation;

/// <summary>
/// Orderings as graphql-js produces them, so suggestion lists come out in the same order: its natural string
/// comparison, and V8's sort for short arrays (a leading run, then binary insertion), which matters when a
/// comparator is not a total order.
/// </summary>
internal static class JsOrdering
{
    /// <summary>graphql-js naturalCompare: digit runs compare by number, everything else by UTF-16 code unit.</summary>
    public static int NaturalCompare(string a, string b)
    {
        int ai = 0, bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            var ac = a[ai];
            var bc = b[bi];
            if (char.IsAsciiDigit(ac) && char.IsAsciiDigit(bc))
            {
                long an = 0, bn = 0;
                do
                {
                    ai++;
                    an = an * 10 + (ac - '0');
                    ac = ai < a.Length ? a[ai] : '\0';
                }
                while (char.IsAsciiDigit(ac) && an > 0);
                do
                {
                    bi++;
                    bn = bn * 10 + (bc - '0');
                    bc = bi < b.Length ? b[bi] : '\0';
                }
                while (char.IsAsciiDigit(bc) && bn > 0);
                if (an != bn) return an < bn ? -1 : 1;
            }
            else
            {
                if (ac != bc) return ac < bc ? -1 : 1;
                ai++;
                bi++;
            }
        }
        return a.Length - b.Length;
    }

    /// <summary>Sorts in place as V8's Array.prototype.sort does for arrays shorter than 64 elements.</summary>
    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
        if (items.Count < 2) return;
        if (items.Count >= 64)
        {
            // Longer lists do not occur for suggestions; a stable sort is the closest match.
            var sorted = items.Select((item, index) => (item, index)).OrderBy(x => x.item, Comparer<T>.Create(compare)).ThenBy(x => x.index).Select(x => x.item).ToList();
            items.Clear();
            items.AddRange(sorted);
            return;
        }
        var run = CountAndMakeRun(items, compare);
        for (var start = run; start < items.Count; start++)
        {
            var pivot = items[start];
            int left = 0, right = start;
            while (left < right)
            {
                var mid = left + ((right - left) >> 1);
                if (compare(pivot, items[mid]) < 0) right = mid;
                else left = mid + 1;
            }
            items.RemoveAt(start);
            items.Insert(left, pivot);
        }
    }

    private static int CountAndMakeRun<T>(List<T> items, Comparison<T> compare)
    {
        var runLength = 2;
        var descending = compare(items[1], items[0]) < 0;
        var previous = items[1];
        for (var i = 2; i < items.Count; i++)
        {
            var order = compare(items[i], previous);
            if (descending ? order >= 0 : order < 0) break;
            previous = items[i];
            runLength++;
        }
        if (descending) items.Reverse(0, runLength);
        return runLength;
    }
}
