using Mono.Cecil;
using Mono.Cecil.Cil;

namespace AntqDomain.Tests.Architecture;

/// <summary>
/// Which folders of the library use which, read from the compiled assembly: every type a type names in its signature,
/// attributes, fields, properties, events and method bodies. A folder is the second part of a namespace
/// (<c>AntqDomain.Rules</c> → <c>Rules</c>); compiler-generated and nested types count for the type that holds them.
/// </summary>
internal static class FolderDependencies
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlySet<string>>> Graph = new(Build);

    /// <summary>Folder → the other folders it uses.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Of() => Graph.Value;

    /// <summary>The types of <paramref name="from"/> that use a type of <paramref name="to"/>, to name them when a rule breaks.</summary>
    public static IEnumerable<string> Witnesses(string from, string to)
    {
        using var module = ModuleDefinition.ReadModule(typeof(AntqDomain.Plans.FestivalPlan).Assembly.Location);
        foreach (var type in module.Types.Where(t => FolderOf(t) == from))
        {
            var used = new HashSet<string>();
            Collect(type, used);
            var hits = used.Where(u => u == to).ToList();
            if (hits.Count > 0)
            {
                yield return type.FullName;
            }
        }
    }

    private static Dictionary<string, IReadOnlySet<string>> Build()
    {
        using var module = ModuleDefinition.ReadModule(typeof(AntqDomain.Plans.FestivalPlan).Assembly.Location);
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in module.Types)
        {
            if (FolderOf(type) is not { } folder)
            {
                continue;
            }

            if (!graph.TryGetValue(folder, out var set))
            {
                graph[folder] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            Collect(type, set);
            set.Remove(folder);
        }

        return graph.ToDictionary(kv => kv.Key, kv => (IReadOnlySet<string>)kv.Value, StringComparer.Ordinal);
    }

    private static string? FolderOf(TypeReference type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        string ns = type.Namespace;
        if (!ns.StartsWith("AntqDomain", StringComparison.Ordinal))
        {
            return null;
        }

        string[] parts = ns.Split('.');
        return parts.Length > 1 ? parts[1] : "(root)";
    }

    private static void Collect(TypeDefinition type, HashSet<string> into)
    {
        void Add(TypeReference? t)
        {
            switch (t)
            {
                case null:
                    return;
                case GenericInstanceType g:
                    Add(g.ElementType);
                    foreach (var a in g.GenericArguments)
                    {
                        Add(a);
                    }

                    return;
                case TypeSpecification s:
                    Add(s.ElementType);
                    return;
                case GenericParameter:
                    return;
            }

            if (t.Scope is ModuleDefinition || t.Module?.Assembly?.Name.Name == "AntqDomain" && t.Scope.Name == "AntqDomain")
            {
                if (FolderOf(t) is { } f)
                {
                    into.Add(f);
                }
            }
        }

        void Attributes(Mono.Collections.Generic.Collection<CustomAttribute> attributes)
        {
            foreach (var a in attributes)
            {
                Add(a.AttributeType);
                foreach (var arg in a.ConstructorArguments)
                {
                    if (arg.Value is TypeReference tr)
                    {
                        Add(tr);
                    }
                }
            }
        }

        Add(type.BaseType);
        Attributes(type.CustomAttributes);
        foreach (var i in type.Interfaces)
        {
            Add(i.InterfaceType);
        }

        foreach (var f in type.Fields)
        {
            Add(f.FieldType);
            Attributes(f.CustomAttributes);
        }

        foreach (var p in type.Properties)
        {
            Add(p.PropertyType);
            Attributes(p.CustomAttributes);
        }

        foreach (var m in type.Methods)
        {
            Add(m.ReturnType);
            Attributes(m.CustomAttributes);
            foreach (var p in m.Parameters)
            {
                Add(p.ParameterType);
                Attributes(p.CustomAttributes);
            }

            if (!m.HasBody)
            {
                continue;
            }

            foreach (var v in m.Body.Variables)
            {
                Add(v.VariableType);
            }

            foreach (var ins in m.Body.Instructions)
            {
                switch (ins.Operand)
                {
                    case TypeReference tr:
                        Add(tr);
                        break;
                    case MethodReference mr:
                        Add(mr.DeclaringType);
                        Add(mr.ReturnType);
                        if (mr is GenericInstanceMethod gm)
                        {
                            foreach (var a in gm.GenericArguments)
                            {
                                Add(a);
                            }
                        }

                        break;
                    case FieldReference fr:
                        Add(fr.DeclaringType);
                        break;
                }
            }
        }

        foreach (var nested in type.NestedTypes)
        {
            Collect(nested, into);
        }
    }
}
