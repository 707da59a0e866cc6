using System.Reflection;
using System.Text;
using AntqDomain.Tests.Support;

namespace AntqDomain.Tests.PublicApi;

/// <summary>
/// The public surface of the library, written by reflection and compared with the reviewed copy in
/// <c>AntqDomain.api.txt</c>. Accept a reviewed change with <c>ANTQ_UPDATE_API=1 dotnet test</c>.
/// </summary>
public class PublicApiTests
{
    private static readonly string BaselinePath = Repo.PathOf("tests", "AntqDomain.Tests", "PublicApi", "AntqDomain.api.txt");

    [Fact]
    public void The_public_api_matches_the_reviewed_baseline()
    {
        string actual = Describe(typeof(AntqDomain.Rules.RuleCatalogue).Assembly);
        if (Environment.GetEnvironmentVariable("ANTQ_UPDATE_API") == "1")
        {
            File.WriteAllText(BaselinePath, actual, new UTF8Encoding(false));
        }

        string expected = File.Exists(BaselinePath) ? File.ReadAllText(BaselinePath).ReplaceLineEndings("\n") : string.Empty;
        if (expected != actual)
        {
            var exp = expected.Split('\n').ToHashSet(StringComparer.Ordinal);
            var act = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
            string added = string.Join("\n", act.Except(exp).Take(20).Select(l => "+ " + l));
            string removed = string.Join("\n", exp.Except(act).Take(20).Select(l => "- " + l));
            Assert.Fail($"The public API changed; review it and accept with ANTQ_UPDATE_API=1 dotnet test.\n{added}\n{removed}");
        }
    }

    [Fact]
    public void Every_public_type_is_documented_with_its_vietnamese_term_or_is_plumbing()
    {
        // XML docs are enforced by the compiler (CS1591 as error); here: the docs file ships with the assembly.
        string xml = Path.ChangeExtension(typeof(AntqDomain.Rules.RuleCatalogue).Assembly.Location, ".xml");
        Assert.True(File.Exists(xml), "The XML documentation file is missing beside the assembly.");
    }

    internal static string Describe(Assembly assembly)
    {
        var sb = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            sb.Append(Kind(type)).Append(' ').Append(Name(type));
            if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
            {
                sb.Append(" : ").Append(Name(b));
            }

            sb.Append('\n');
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = type.GetMembers(flags)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && m is not Type)
                .Select(Member)
                .Where(s => s is not null)
                .Order(StringComparer.Ordinal);
            foreach (string? m in members)
            {
                sb.Append("    ").Append(m).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string Kind(Type t)
        => t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? "struct" : t.IsAbstract && t.IsSealed ? "static class" : t.IsSealed ? "sealed class" : t.IsAbstract ? "abstract class" : "class";

    private static string? Member(MemberInfo m) => m switch
    {
        ConstructorInfo c => $"ctor({Params(c.GetParameters())})",
        MethodInfo mi => $"{(mi.IsStatic ? "static " : string.Empty)}{Name(mi.ReturnType)} {mi.Name}{(mi.IsGenericMethod ? "<" + string.Join(", ", mi.GetGenericArguments().Select(Name)) + ">" : string.Empty)}({Params(mi.GetParameters())})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : string.Empty)}{(p.SetMethod?.IsPublic == true ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(x => x.Name == "IsExternalInit") ? "init; " : "set; ") : string.Empty)}}}",
        FieldInfo f when f.DeclaringType!.IsEnum => f.IsStatic ? $"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}" : null,
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        _ => null,
    };

    private static string Params(ParameterInfo[] ps) => string.Join(", ", ps.Select(p => $"{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = …" : string.Empty)}"));

    private static string Name(Type t)
    {
        if (t.IsGenericParameter)
        {
            return t.Name;
        }

        if (t.IsByRef)
        {
            return "ref " + Name(t.GetElementType()!);
        }

        if (t.IsArray)
        {
            return Name(t.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(t) is { } u)
        {
            return Name(u) + "?";
        }

        string name = t.IsNested ? Name(t.DeclaringType!) + "." + t.Name : (t.Namespace is { } ns ? ns + "." : string.Empty) + t.Name;
        if (t.IsGenericType)
        {
            name = name[..name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", t.GetGenericArguments().Select(Name)) + ">";
        }

        return name;
    }
}
