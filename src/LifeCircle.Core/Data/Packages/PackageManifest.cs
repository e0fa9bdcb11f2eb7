using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LifeCircle.Core.Catalogue;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Data.Packages;

/// <summary>Reads a package's JSON documents (dataset.json, themes.json, categories.json), turning every malformed part into a problem.</summary>
public static class PackageManifest
{
    /// <summary>Like <see cref="JsonText.Options"/>, but a missing or null object or text the model cannot do without is an error rather than a null left to crash later.</summary>
    private static readonly JsonSerializerOptions Strict = new(JsonText.Options)
    {
        RespectNullableAnnotations = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RequireNonNullableReferences } },
    };

    /// <summary>Makes each non-nullable, reference-typed constructor parameter without a default required (missing numbers keep meaning 0, as before).</summary>
    private static void RequireNonNullableReferences(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.AssociatedParameter is { HasDefaultValue: false, IsNullable: false } parameter && !parameter.ParameterType.IsValueType)
            {
                property.IsRequired = true;
            }
        }
    }

    /// <summary>dataset.json, or null (with the reason among the problems) when it is missing or malformed.</summary>
    public static DatasetDescriptor? Read(PackageSource source, List<DatasetProblem> problems) =>
        Json<DatasetDescriptor>(source, DatasetFiles.Descriptor, problems, required: true);

    /// <summary>themes.json (required); none when it is missing or malformed.</summary>
    public static IReadOnlyList<Theme> Themes(PackageSource source, List<DatasetProblem> problems) =>
        Items(Json<List<Theme?>>(source, DatasetFiles.Themes, problems, required: true), DatasetFiles.Themes, problems) ?? [];

    /// <summary>categories.json, or the standard categories when the package has none.</summary>
    public static IReadOnlyList<FacilityCategory> Categories(PackageSource source, List<DatasetProblem> problems) =>
        Items(Json<List<FacilityCategory?>>(source, DatasetFiles.Categories, problems, required: false), DatasetFiles.Categories, problems) ?? [.. StandardCategories.All];

    /// <summary>Every layer's files, each with its format and CRS, resolved (and each problem reported) once; a layer not named uses {layer}.geojson in WGS84.</summary>
    public static IReadOnlyDictionary<string, PackageLayer> Layers(DatasetDescriptor descriptor, IReadOnlyList<string> names, List<DatasetProblem> problems)
    {
        var given = descriptor.Layers ?? new Dictionary<string, LayerFiles>();
        var read = given.Where(l => names.Contains(l.Key)).ToDictionary(l => l.Key, l => l.Value);
        foreach (var unknown in given.Keys.Where(k => !names.Contains(k)))
        {
            // A misspelt layer is read as the layer it is nearest to, so that its file is checked and that layer's default file is not also reported missing.
            var near = Suggestions.Nearest(unknown, names)
                ?? names.FirstOrDefault(n => unknown.Length >= 4 && n.StartsWith(unknown.TrimEnd('y', 's'), StringComparison.OrdinalIgnoreCase));
            if (near is not null && !given.ContainsKey(near) && given[unknown] is { } files)
            {
                read[near] = files;
            }

            problems.Add(new DatasetProblem(DatasetFiles.Descriptor, $"layers.{unknown}",
                $"is not a layer{(near is null ? "; l" : $"; did you mean '{near}'? L")}ayers are {string.Join(", ", names)}"));
        }

        foreach (var empty in given.Where(l => l.Value is null && names.Contains(l.Key)))
        {
            problems.Add(new DatasetProblem(DatasetFiles.Descriptor, $"layers.{empty.Key}", "is null; give {\"file\": …} or leave the layer out"));
        }

        return names.ToDictionary(name => name, name => PackageLayerFiles.Resolve(name, read.GetValueOrDefault(name), problems));
    }

    /// <summary>The items of a list document, each null item reported; null when the document itself was unusable.</summary>
    private static List<T>? Items<T>(List<T?>? items, string file, List<DatasetProblem> problems)
        where T : class
    {
        if (items is null)
        {
            return null;
        }

        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                problems.Add(new DatasetProblem($"{file} item {i + 1}", "(item)", "is null; give an object"));
            }
        }

        return [.. items.OfType<T>()];
    }

    private static T? Json<T>(PackageSource source, string file, List<DatasetProblem> problems, bool required)
        where T : class
    {
        if (!source.Exists(file))
        {
            if (required)
            {
                problems.Add(new DatasetProblem(file, "(file)", "is missing from the package"));
            }

            return null;
        }

        return PackageReader.Open(source, file, problems, s =>
        {
            using var buffer = new MemoryStream();
            s.CopyTo(buffer);
            var bytes = buffer.ToArray();
            if (!System.Text.Unicode.Utf8.IsValid(bytes))
            {
                problems.Add(ManifestJsonErrors.NotUtf8(file, bytes));
                return null;
            }

            try
            {
                // A UTF-8 byte order mark (Notepad's "UTF-8 with BOM") is allowed; the span reader would take it for a value.
                int bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
                return JsonSerializer.Deserialize<T>(bytes.AsSpan(bom), Strict)
                    ?? Missing<T>(file, problems);
            }
            catch (JsonException ex)
            {
                problems.AddRange(ManifestJsonErrors.Of(file, ex));
                return null;
            }
        });
    }

    private static T? Missing<T>(string file, List<DatasetProblem> problems)
        where T : class
    {
        problems.Add(new DatasetProblem(file, "(document)", "is null; give a JSON object or array"));
        return null;
    }
}
