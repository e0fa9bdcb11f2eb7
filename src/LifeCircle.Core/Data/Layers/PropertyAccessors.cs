using System.Linq.Expressions;
using System.Reflection;
using LifeCircle.Core.Layers;

namespace LifeCircle.Core.Data.Layers;

/// <summary>Finds the record member each registry property is written from and compiles the reads once into delegates.</summary>
/// <remarks>
/// By convention a property's words in PascalCase name a member of the record (elderly_share → ElderlyShare), the leading
/// words of a member whose own member the rest name (name_zh → Name.Zh), or else a member of the record's Provenance
/// (source_crs → Provenance.SourceCrs). Enums are written as their <see cref="Vocabulary"/> name.
/// </remarks>
internal static class PropertyAccessors
{
    /// <summary>The provenance properties whose names do not spell their member.</summary>
    private static readonly Dictionary<string, string> ProvenanceMembers = new()
    {
        ["provenance"] = "Provenance.Existence",
        ["position_provenance"] = "Provenance.Position",
        ["figures_provenance"] = "Provenance.Figures",
    };

    /// <summary>One value read per property of <paramref name="layer"/>, in its order; <paramref name="members"/> gives dotted member paths where the convention does not hold.</summary>
    /// <exception cref="InvalidOperationException">A property leads to no member, or to one whose type is not the property's.</exception>
    public static Func<T, object?>[] Of<T>(LayerDefinition layer, IReadOnlyDictionary<string, string> members) =>
    [
        .. layer.Properties.Select(property =>
        {
            var path = members.TryGetValue(property.Name, out var named) || ProvenanceMembers.TryGetValue(property.Name, out named)
                ? Named(typeof(T), named)
                : Convention(typeof(T), property.Name.Split('_'));
            if (path is null)
            {
                throw new InvalidOperationException($"The {layer.Id} layer's '{property.Name}' leads to no member of {typeof(T).Name}: name one in the codec's members.");
            }

            var item = Expression.Parameter(typeof(T), "item");
            var value = Read(item, path, 0);
            return Fits(property.Type, Published(path[^1].PropertyType))
                ? Expression.Lambda<Func<T, object?>>(value, item).Compile()
                : throw new InvalidOperationException($"The {layer.Id} layer's '{property.Name}' is {property.Type}, but {typeof(T).Name}.{string.Join('.', path.Select(p => p.Name))} is {path[^1].PropertyType.Name}.");
        }),
    ];

    private static PropertyInfo[]? Convention(Type record, string[] words) =>
        Find(record, words)
        ?? (Find(record, ["provenance"]) is [var provenance] && Find(provenance.PropertyType, words) is { } inner ? [provenance, .. inner] : null);

    /// <summary>The members the leading words name, longest first, then the rest within that member.</summary>
    private static PropertyInfo[]? Find(Type type, string[] words)
    {
        for (int n = words.Length; n > 0; n--)
        {
            if (Member(type, string.Concat(words[..n].Select(w => char.ToUpperInvariant(w[0]) + w[1..]))) is not { } member)
            {
                continue;
            }

            if (n == words.Length)
            {
                return [member];
            }

            if (Find(member.PropertyType, words[n..]) is { } rest)
            {
                return [member, .. rest];
            }
        }

        return null;
    }

    private static PropertyInfo[] Named(Type record, string path)
    {
        var members = new List<PropertyInfo>();
        var type = record;
        foreach (var name in path.Split('.'))
        {
            var member = Member(type, name) ?? throw new InvalidOperationException($"{type.Name} has no member '{name}' (of '{path}').");
            members.Add(member);
            type = member.PropertyType;
        }

        return [.. members];
    }

    private static PropertyInfo? Member(Type type, string name) => type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);

    /// <summary>The value at the end of <paramref name="path"/> as an object; null where a member on the way is null (a street's Name).</summary>
    private static Expression Read(Expression target, PropertyInfo[] path, int from)
    {
        if (from == path.Length)
        {
            var value = target.Type.IsEnum ? Expression.Call(VocabularyName(target.Type), target) : target;
            return Expression.Convert(value, typeof(object));
        }

        var read = Read(Expression.Property(target, path[from]), path, from + 1);
        return from == 0 || target.Type.IsValueType
            ? read
            : Expression.Condition(Expression.ReferenceEqual(target, Expression.Constant(null, target.Type)), Expression.Constant(null, typeof(object)), read);
    }

    private static MethodInfo VocabularyName(Type enumType) =>
        typeof(Vocabulary).GetMethod(nameof(Vocabulary.Name), [enumType])
        ?? throw new InvalidOperationException($"Vocabulary has no published names for {enumType.Name}.");

    private static Type Published(Type type) => type.IsEnum ? typeof(string) : Nullable.GetUnderlyingType(type) ?? type;

    private static bool Fits(PropertyType property, Type value) => property switch
    {
        PropertyType.Text => value == typeof(string),
        PropertyType.WholeNumber => value == typeof(int),
        PropertyType.Number => value == typeof(double) || value == typeof(int),
        PropertyType.Flag => value == typeof(bool),
        _ => typeof(IEnumerable<string>).IsAssignableFrom(value),
    };
}
