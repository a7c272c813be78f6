namespace Graph.GraphQL.Validation;

/// <summary>"Did you mean …?" hints, chosen and worded as graphql-js chooses them (optimal string alignment distance).</summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/>, nearest first.</summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var found = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            int? distance = option == input ? 0 : option.ToLowerInvariant() == inputLower ? 1 : Distance(inputLower, option.ToLowerInvariant(), threshold);
            if (distance is { } d) found.Add((option, d));
        }
        JsOrdering.Sort(found, (x, y) => x.Distance != y.Distance ? x.Distance - y.Distance : JsOrdering.NaturalCompare(x.Option, y.Option));
        return [.. found.Select(f => f.Option)];
    }

    /// <summary>" Did you mean "a", "b", or "c"?" — empty when there is nothing to suggest.</summary>
    public static string DidYouMean(string? subject, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0) return "";
        var message = " Did you mean " + (subject is null ? "" : subject + " ");
        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        return quoted.Count switch
        {
            1 => message + quoted[0] + "?",
            2 => message + quoted[0] + " or " + quoted[1] + "?",
            _ => message + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    private static int? Distance(string a, string b, int threshold)
    {
        if (a.Length < b.Length) (a, b) = (b, a);
        if (a.Length - b.Length > threshold) return null;
        var rows = new int[3][];
        for (var r = 0; r < 3; r++) rows[r] = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) rows[0][j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallest = currentRow[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var current = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current = Math.Min(current, rows[(i - 2) % 3][j - 2] + 1);
                }
                if (current < smallest) smallest = current;
                currentRow[j] = current;
            }
            if (smallest > threshold) return null;
        }
        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }
}
