using LifeCircle.Core.Layers;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data.Layers;

/// <summary>One feature being read into a record: its id, properties and geometry, and the properties it left out that took a default.</summary>
/// <remarks>What an <c>Optional…</c> read defaults is listed in <see cref="Model.Provenance.Defaulted"/>, so <see cref="Provenance()"/> is read after them.</remarks>
public sealed class FeatureReading(LayerDefinition layer, string id, JsonProperties properties, Geometry? geometry)
{
    private readonly List<string> _missing = [];

    public string Id => id;

    public string Text(string name) => properties.String(name);

    public string? OptText(string name) => properties.OptString(name);

    public int Int(string name) => properties.Int(name);

    public int? OptInt(string name) => properties.OptInt(name);

    /// <summary>The list, empty when left out.</summary>
    public IReadOnlyList<string> TextList(string name) => properties.StringList(name);

    /// <summary>The parsed value, or <paramref name="fallback"/> when left out (not noted as defaulted: the registry declares it the package default).</summary>
    public TEnum OptEnum<TEnum>(string name, Func<string, TEnum?> parse, TEnum fallback)
        where TEnum : struct =>
        properties.OptString(name) is null ? fallback : properties.Enum(name, parse);

    /// <summary>The text, or <paramref name="fallback"/> noted as defaulted.</summary>
    public string Optional(string name, string fallback) => Noted(properties.OptString(name), name, fallback);

    /// <summary>The whole number, or <paramref name="fallback"/> noted as defaulted.</summary>
    public int OptionalInt(string name, int fallback) => properties.OptInt(name) ?? Noted(name, fallback);

    /// <summary>The number, or <paramref name="fallback"/> noted as defaulted.</summary>
    public double OptionalNumber(string name, double fallback) => properties.OptDouble(name) ?? Noted(name, fallback);

    /// <summary>name_zh (required) and name_en (defaults to name_zh).</summary>
    public LocalizedText Names()
    {
        var zh = properties.String("name_zh");
        return new(zh, Optional("name_en", zh));
    }

    /// <summary>The names where either is given (one stands for the other), else null.</summary>
    public LocalizedText? OptNames()
    {
        var zh = properties.OptString("name_zh");
        var en = properties.OptString("name_en");
        return zh is null && en is null ? null : new LocalizedText(zh ?? en!, en ?? zh!);
    }

    /// <summary>The geometry, when it is of a type the layer declares; otherwise a problem naming the types allowed.</summary>
    public TGeometry Geometry<TGeometry>()
        where TGeometry : Geometry =>
        geometry is TGeometry g && layer.Geometry.Admits(g)
            ? g
            : throw new DatasetFormatException(properties.Location, "geometry", $"must be a {layer.Geometry.Describe()}");

    /// <summary>The geometry or null, for a layer that allows none.</summary>
    public Geometry? GeometryOrNull() =>
        layer.Geometry.Admits(geometry)
            ? geometry
            : throw new DatasetFormatException(properties.Location, "geometry", $"must be a {layer.Geometry.Describe()} or null");

    /// <summary>The provenance, the three origins defaulting to sourced (the district's own register is its source), with every property defaulted so far listed.</summary>
    public Provenance Provenance()
    {
        ValueOrigin Origin(string name) =>
            properties.OptString(name) is null ? Noted(name, ValueOrigin.Sourced) : properties.Enum(name, Vocabulary.ParseOrigin);

        var provenance = new Provenance(Origin("provenance"), Origin("position_provenance"), Origin("figures_provenance"), properties.OptString("source"), properties.OptString("source_crs"));
        return _missing.Count == 0 ? provenance : provenance with { Defaulted = string.Join(',', _missing) };
    }

    private string Noted(string? value, string name, string fallback) => value ?? Noted(name, fallback);

    private TValue Noted<TValue>(string name, TValue fallback)
    {
        _missing.Add(name);
        return fallback;
    }
}
