using System.Globalization;
using System.Text;
using Graph.GraphQL.Execution;

namespace Graph.Api.Paging;

/// <summary>
/// An edge's cursor. The store hands out one cursor per page (after its last item); the API needs one per edge.
/// So a cursor here is "the <see cref="Skip"/>-th item after the store cursor <see cref="StoreAfter"/>": resuming
/// from it asks the store for the page after StoreAfter and drops the first Skip items. The last edge of a page
/// carries the store's own cursor with Skip 0, so offsets never grow beyond one page.
/// </summary>
internal readonly record struct ApiCursor(string? StoreAfter, int Skip)
{
    private const char Separator = '\u001f';

    public string Encode() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Skip.ToString(CultureInfo.InvariantCulture) + Separator + (StoreAfter ?? "")));

    /// <summary>The cursor an <c>after</c> argument holds; the start when null; BAD_USER_INPUT when it is not ours.</summary>
    public static ApiCursor Decode(string? after)
    {
        if (string.IsNullOrEmpty(after)) return new ApiCursor(null, 0);
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(after));
            var separator = text.IndexOf(Separator, StringComparison.Ordinal);
            if (separator > 0 && int.TryParse(text.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var skip) && skip <= 10_000)
            {
                var store = text[(separator + 1)..];
                return new ApiCursor(store.Length == 0 ? null : store, skip);
            }
        }
        catch (FormatException)
        {
        }
        throw new GraphQLException($"'{after}' is not a cursor this API gave out.", ErrorCodes.BadUserInput);
    }
}
