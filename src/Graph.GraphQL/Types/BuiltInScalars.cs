using System.Globalization;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>The five specified scalars with the spec's coercion rules (§3.5); messages as graphql-js words them.</summary>
public static class BuiltInScalars
{
    public static readonly ScalarType Int = new IntScalar();
    public static readonly ScalarType Float = new FloatScalar();
    public static readonly ScalarType String = new StringScalar();
    public static readonly ScalarType Boolean = new BooleanScalar();
    public static readonly ScalarType ID = new IdScalar();

    public static readonly IReadOnlyList<ScalarType> All = [String, Int, Float, Boolean, ID];

    public static bool IsBuiltIn(NamedType type) => type is IntScalar or FloatScalar or StringScalar or BooleanScalar or IdScalar;

    internal static bool TryGetNumber(object value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case uint u: number = u; return true;
            case ulong ul: number = ul; return true;
            default: number = 0; return false;
        }
    }

    private sealed class IntScalar() : ScalarType("Int",
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
        public override object Serialize(object value)
        {
            if (value is int) return value;
            var coerced = value switch
            {
                bool b => b ? 1 : 0,
                string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && s.Length > 0 => parsed,
                _ => value,
            };
            if (!TryGetNumber(coerced, out var n) || n != Math.Floor(n) || double.IsInfinity(n))
            {
                throw new ScalarCoercionException($"Int cannot represent non-integer value: {Inspect.Value(value)}");
            }
            if (n is > int.MaxValue or < int.MinValue)
            {
                throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(value)}");
            }
            return (int)n;
        }

        public override object ParseValue(object value)
        {
            if (value is int) return value;
            if (!TryGetNumber(value, out var n) || n != Math.Floor(n) || double.IsInfinity(n))
            {
                throw new ScalarCoercionException($"Int cannot represent non-integer value: {Inspect.Value(value)}");
            }
            if (n is > int.MaxValue or < int.MinValue)
            {
                throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(value)}");
            }
            return (int)n;
        }

        public override object ParseLiteral(ValueNode literal)
        {
            if (literal is not IntValueNode i) throw new ScalarCoercionException($"Int cannot represent non-integer value: {AstPrinter.Print(literal)}");
            if (!int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            {
                throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {i.Value}");
            }
            return n;
        }

        public override ValueNode? ToLiteral(object value) => Literals.Number(value);
    }

    private sealed class FloatScalar() : ScalarType("Float",
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
        public override object Serialize(object value)
        {
            if (value is double d && double.IsFinite(d)) return value; // the common case, without boxing anew
            var coerced = value switch
            {
                bool b => b ? 1.0 : 0.0,
                string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && s.Length > 0 => parsed,
                _ => value,
            };
            if (!TryGetNumber(coerced, out var n) || !double.IsFinite(n))
            {
                throw new ScalarCoercionException($"Float cannot represent non numeric value: {Inspect.Value(value)}");
            }
            return n;
        }

        public override object ParseValue(object value)
        {
            if (!TryGetNumber(value, out var n) || !double.IsFinite(n))
            {
                throw new ScalarCoercionException($"Float cannot represent non numeric value: {Inspect.Value(value)}");
            }
            return n;
        }

        public override object ParseLiteral(ValueNode literal) => literal switch
        {
            IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
            FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
            _ => throw new ScalarCoercionException($"Float cannot represent non numeric value: {AstPrinter.Print(literal)}"),
        };

        public override ValueNode? ToLiteral(object value) => Literals.Number(value);
    }

    private sealed class StringScalar() : ScalarType("String",
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
        public override object Serialize(object value) => value switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            _ when TryGetNumber(value, out var n) && double.IsFinite(n) => Inspect.Number(n),
            Enum e => e.ToString(),
            _ => throw new ScalarCoercionException($"String cannot represent value: {Inspect.Value(value)}"),
        };

        public override object ParseValue(object value) =>
            value as string ?? throw new ScalarCoercionException($"String cannot represent a non string value: {Inspect.Value(value)}");

        public override object ParseLiteral(ValueNode literal) =>
            (literal as StringValueNode)?.Value ?? throw new ScalarCoercionException($"String cannot represent a non string value: {AstPrinter.Print(literal)}");

        public override ValueNode? ToLiteral(object value) => value is string s ? new StringValueNode(s, false, SourceLocation.None) : null;
    }

    private sealed class BooleanScalar() : ScalarType("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
        public override object Serialize(object value) => value switch
        {
            bool b => b,
            _ when TryGetNumber(value, out var n) && double.IsFinite(n) => n != 0,
            _ => throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}"),
        };

        public override object ParseValue(object value) =>
            value as bool? ?? throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}");

        public override object ParseLiteral(ValueNode literal) =>
            (literal as BooleanValueNode)?.Value ?? throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {AstPrinter.Print(literal)}");

        public override ValueNode? ToLiteral(object value) => value is bool b ? new BooleanValueNode(b, SourceLocation.None) : null;
    }

    private sealed class IdScalar() : ScalarType("ID",
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
        public override object Serialize(object value) => value switch
        {
            string s => s,
            Guid g => g.ToString(),
            _ when TryGetNumber(value, out var n) && n == Math.Floor(n) && double.IsFinite(n) => Inspect.Number(n),
            _ => throw new ScalarCoercionException($"ID cannot represent value: {Inspect.Value(value)}"),
        };

        public override object ParseValue(object value) => value switch
        {
            string s => s,
            _ when TryGetNumber(value, out var n) && n == Math.Floor(n) && double.IsFinite(n) => Inspect.Number(n),
            _ => throw new ScalarCoercionException($"ID cannot represent value: {Inspect.Value(value)}"),
        };

        public override object ParseLiteral(ValueNode literal) => literal switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw new ScalarCoercionException($"ID cannot represent a non-string and non-integer value: {AstPrinter.Print(literal)}"),
        };

        public override ValueNode? ToLiteral(object value) => value switch
        {
            string s when s.Length > 0 && s.All(char.IsAsciiDigit) && (s == "0" || s[0] != '0') => new IntValueNode(s, SourceLocation.None),
            string s => new StringValueNode(s, false, SourceLocation.None),
            _ => Literals.Number(value),
        };
    }
}

/// <summary>Literal construction shared by scalars (numbers print as JavaScript prints them, as graphql-js astFromValue does).</summary>
internal static class Literals
{
    public static ValueNode? Number(object value)
    {
        if (!BuiltInScalars.TryGetNumber(value, out var n) || !double.IsFinite(n)) return null;
        var text = Inspect.Number(n);
        return text.Contains('.') || text.Contains('e')
            ? new FloatValueNode(text, SourceLocation.None)
            : new IntValueNode(text, SourceLocation.None);
    }
}
