using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using AntqDomain.Reading;
using AntqDomain.Rules;

namespace AntqDomain.Serialization;

/// <summary>
/// Checks a JSON document before it is bound to a subject, for what System.Text.Json lets through silently: a
/// property name given twice in one object at any depth (the last one would win), a null entry in a list (the model
/// would drop it), and a required property left out (it would take its type's default, e.g. a proposal judged on
/// 0001-01-01). "Required" is read from the same serializer metadata that the generated schemas show, so the check
/// and the schema cannot disagree.
/// </summary>
internal static class JsonInputChecks
{
    /// <summary>Diagnostic ANTQ008 for a property name given twice in one object, at <paramref name="path"/>.</summary>
    public static Reading.ReadDiagnostic Duplicate(string path)
        => Invalid(path, "tên thuộc tính xuất hiện hai lần trong cùng một đối tượng", "a property name appears twice in one object");

    /// <summary>Diagnostic ANTQ008 for a null entry in a list, at <paramref name="path"/> (the model would drop it unseen).</summary>
    public static Reading.ReadDiagnostic NullEntry(string path)
        => Invalid(path, "một phần tử của danh sách là null", "an entry of a list is null");

    private static Reading.ReadDiagnostic Invalid(string path, string vi, string en)
        => new("ANTQ008", Rules.FindingSeverity.Error, $"JSON không hợp lệ ({path}): {vi}.", $"Invalid JSON ({path}): {en}.", Documents.Location.AtPath(path));

    /// <summary>The diagnostic for the first property that repeats a name of its object, or the first null entry of a list; null when there is neither.</summary>
    /// <remarks>The caller has already parsed the document, so the reader here meets only well-formed JSON.</remarks>
    public static Reading.ReadDiagnostic? FindDuplicateOrNullEntry(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Skip });
        var scopes = new Stack<Scope>();

        // One set of names per depth, emptied when the next object at that depth opens (an object's names matter only
        // until it closes), and one string per distinct name of the document: a plan holds hundreds of small objects
        // with the same few names.
        var setsByDepth = new List<HashSet<string>>();
#if NET9_0_OR_GREATER
        var names = new NameTable();
#endif
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        int depth = scopes.Count;
                        while (setsByDepth.Count <= depth)
                        {
                            setsByDepth.Add(new HashSet<string>(StringComparer.Ordinal));
                        }

                        setsByDepth[depth].Clear();
                        Enter(scopes, new Scope(setsByDepth[depth], null));
                        break;
                    case JsonTokenType.StartArray:
                        Enter(scopes, new Scope(null, -1));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        scopes.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var top = scopes.Pop();
#if NET9_0_OR_GREATER
                        string name = names.Of(ref reader);
#else
                        string name = reader.GetString()!;
#endif
                        top = top with { Current = name };
                        scopes.Push(top);
                        if (!top.Names!.Add(name))
                        {
                            return Duplicate(PathOf(scopes));
                        }

                        break;
                    default:
                        // A scalar item of an array moves its index on; none of the library's lists may hold null.
                        if (scopes.Count > 0 && scopes.Peek() is { Names: null } array)
                        {
                            scopes.Pop();
                            scopes.Push(array with { Index = array.Index + 1 });
                            if (reader.TokenType == JsonTokenType.Null)
                            {
                                return NullEntry(PathOf(scopes));
                            }
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is reported by the parser that runs first; nothing to add here.
            return null;
        }

        return null;
    }

    /// <summary>
    /// The JSON path of the first required property missing from <paramref name="node"/> or from any object inside
    /// it, following the serializer's metadata for <paramref name="info"/>; null when nothing is missing. (A null entry
    /// of a list is found before, by <see cref="FindDuplicateOrNullEntry"/>.)
    /// </summary>
    public static string? FindMissingRequired(JsonNode? node, JsonTypeInfo info, string path = "$")
    {
        switch (node)
        {
            case JsonObject obj when info.Kind == JsonTypeInfoKind.Object:
                foreach (var property in info.Properties)
                {
                    if (!obj.TryGetPropertyValue(property.Name, out var value))
                    {
                        if (property.IsRequired)
                        {
                            return path + "." + property.Name;
                        }

                        continue;
                    }

                    if (value is not null && Inner(property.PropertyType, info.Options) is { } inner
                        && FindMissingRequired(value, inner, path + "." + property.Name) is { } missing)
                    {
                        return missing;
                    }
                }

                return null;
            case JsonArray array when info.Kind == JsonTypeInfoKind.Enumerable && ElementOf(info) is { } element
                                      && Inner(element, info.Options) is { } elementInfo:
                for (int i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item && FindMissingRequired(item, elementInfo, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}[{i}]")) is { } missing)
                    {
                        return missing;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The item type of a list type (the library's lists are <c>ImmutableArray&lt;T&gt;</c>).</summary>
    private static Type? ElementOf(JsonTypeInfo info)
#if NET9_0_OR_GREATER
        => info.ElementType;
#else
        => info.Type.IsGenericType && info.Type.GetGenericArguments() is [var element] ? element : info.Type.GetElementType();
#endif

    /// <summary>The metadata of an object or list type worth descending into (nullable values unwrapped), else null.</summary>
    private static JsonTypeInfo? Inner(Type type, JsonSerializerOptions options)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type.Namespace == "NodaTime")
        {
            return null;
        }

        return options.TryGetTypeInfo(type, out var info) && info.Kind is JsonTypeInfoKind.Object or JsonTypeInfoKind.Enumerable ? info : null;
    }

    private static void Enter(Stack<Scope> scopes, Scope scope)
    {
        if (scopes.Count > 0 && scopes.Peek() is { Names: null } array)
        {
            scopes.Pop();
            scopes.Push(array with { Index = array.Index + 1 });
        }

        scopes.Push(scope);
    }

    private static string PathOf(Stack<Scope> scopes)
    {
        var sb = new StringBuilder("$");
        foreach (var s in scopes.Reverse())
        {
            if (s.Names is null)
            {
                sb.Append('[').Append(s.Index!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
            }
            else if (s.Current is not null)
            {
                sb.Append('.').Append(s.Current);
            }
        }

        return sb.ToString();
    }

    /// <summary>An open object (its names so far and the current one) or array (the index of the current item).</summary>
    private readonly record struct Scope(HashSet<string>? Names, int? Index, string? Current = null);

#if NET9_0_OR_GREATER
    /// <summary>The property names met in one document, each distinct name kept as one string: a name met again costs none.</summary>
    private sealed class NameTable
    {
        private readonly HashSet<string> known = new(StringComparer.Ordinal);

        public string Of(ref Utf8JsonReader reader)
        {
            // A short name is decoded into a buffer on the stack and looked up; a long one (rare) is read as a string.
            // A name never decodes to more characters than it has bytes in the document.
            if (reader.HasValueSequence || reader.ValueSpan.Length > 128)
            {
                return reader.GetString()!;
            }

            Span<char> buffer = stackalloc char[128];
            var span = buffer[..reader.CopyString(buffer)];
            var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(span, out string? name))
            {
                return name;
            }

            name = span.ToString();
            known.Add(name);
            return name;
        }
    }
#endif
}
