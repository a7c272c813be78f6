namespace Graph.Store.Sqlite.Reading;

/// <summary>
/// The entities a walk met, by number (<c>entity.n</c>), each given a position in the order it was added; their text
/// ids are filled in only where the walk needs them (an order by id, the result), since reading one costs a seek.
/// </summary>
internal sealed class NodeSet
{
    private readonly List<long> numbers = [];
    private readonly List<string?> ids = [];
    private readonly Dictionary<long, int> positions = [];
    private string? json;

    public int Count => numbers.Count;

    /// <summary>The entity number at a position.</summary>
    public long this[int position] => numbers[position];

    /// <summary>Adds entity <paramref name="n"/> unless present; its position either way.</summary>
    public int Add(long n)
    {
        if (positions.TryGetValue(n, out var position))
        {
            return position;
        }

        numbers.Add(n);
        ids.Add(null);
        positions[n] = numbers.Count - 1;
        json = null;
        return numbers.Count - 1;
    }

    /// <summary>The position of entity <paramref name="n"/>, or -1.</summary>
    public int Find(long n) => positions.TryGetValue(n, out var position) ? position : -1;

    /// <summary>The text id at a position (read by <see cref="NodeReader.LoadIds"/>, or given with <see cref="SetId"/>).</summary>
    public string IdAt(int position) => ids[position] ?? throw new InvalidOperationException($"the id of entity number {numbers[position]} was not read");

    public bool HasId(int position) => ids[position] is not null;

    public void SetId(int position, string id) => ids[position] = id;

    /// <summary>All numbers as one JSON array (for <c>json_each</c>), built once per change.</summary>
    public string Json() => json ??= Reading.Json.Array(numbers);

    /// <summary>Numbers from <paramref name="start"/> on, as one JSON array.</summary>
    public string Json(int start) => start == 0 ? Json() : Reading.Json.Array(numbers.Skip(start));

    /// <summary>The numbers at these positions, as one JSON array.</summary>
    public string Json(IEnumerable<int> positions) => Reading.Json.Array(positions.Select(p => numbers[p]));
}
