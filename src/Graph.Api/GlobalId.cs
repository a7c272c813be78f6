using System.Text;
using Graph.GraphQL.Execution;

namespace Graph.Api;

/// <summary>
/// Relay global ids: base64 of <c>Type:storeId</c>, so <c>node(id)</c> knows what to load. Every ID argument also
/// takes the store's own id (as the CLI prints it, e.g. <c>person:vladimir-putin</c>), so both kinds work.
/// </summary>
public static class GlobalId
{
    public const string Entity = "Entity";
    public const string Relation = "Relation";
    public const string Article = "Article";

    public static string Of(string type, string storeId) => Convert.ToBase64String(Encoding.UTF8.GetBytes(type + ":" + storeId));

    /// <summary>The type and store id inside a global id; null when <paramref name="id"/> is not one.</summary>
    public static (string Type, string StoreId)? Parse(string id)
    {
        if (id.Length == 0 || id.Length % 4 != 0) return null;
        var bytes = new byte[id.Length];
        if (!Convert.TryFromBase64String(id, bytes, out var written)) return null;
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return null;
        var type = text[..colon];
        return type is Entity or Relation or Article ? (type, text[(colon + 1)..]) : null;
    }

    /// <summary>The store id an ID argument means for <paramref name="type"/>: a global id of that type, or a store id as it is.</summary>
    public static string StoreId(string id, string type)
    {
        if (Parse(id) is not { } parsed) return id;
        if (parsed.Type != type) throw new GraphQLException($"The id '{id}' is a {parsed.Type} id; a {type} id is needed here.", ErrorCodes.BadUserInput);
        return parsed.StoreId;
    }
}
