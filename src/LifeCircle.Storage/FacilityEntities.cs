using System.Buffers;
using System.Text.Json;
using Azure.Data.Tables;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Features;
using LifeCircle.Core.Layers;
using LifeCircle.Core.Model;

namespace LifeCircle.Storage;

/// <summary>Maps facilities to table entities with one typed column per property of the registry, so the table is usable on its own (Storage Explorer, Power BI).</summary>
internal static class FacilityEntities
{
    private const string LonColumn = "Lon";
    private const string LatColumn = "Lat";

    private static LayerDefinition Layer => LayerCodecs.Facilities.Layer;

    /// <summary>Each property's column name, in the registry's order (computed once: an import names 100,000s of cells).</summary>
    private static readonly string[] Columns = [.. Layer.Properties.Select(p => p.TableColumn)];

    public static TableEntity ToEntity(string partitionKey, Facility f)
    {
        var e = new TableEntity(partitionKey, f.Id);
        for (int i = 0; i < Columns.Length; i++)
        {
            var p = Layer.Properties[i];
            var value = LayerCodecs.Facilities.ValueAt(f, i);
            // The service keeps no null-valued property, so an unknown value is simply not sent (fewer bytes for Azurite to parse too).
            if (Column(p, value) is { } column)
            {
                e[Columns[i]] = column;
            }

            if (p.FlagColumnPrefix is not null && value is IEnumerable<string> members)
            {
                foreach (var member in members)
                {
                    e[FlagColumn(p.FlagColumnPrefix, member)] = true;
                }
            }
        }

        e[LonColumn] = f.Location.X;
        e[LatColumn] = f.Location.Y;
        return e;
    }

    public static Facility FromEntity(TableEntity e)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            for (int i = 0; i < Columns.Length; i++)
            {
                FeatureRecords.WriteValue(w, Layer.Properties[i].Name, Value(Layer.Properties[i], Columns[i], e));
            }

            w.WriteEndObject();
        }

        using var doc = JsonDocument.Parse(buffer.WrittenMemory);
        var location = GeoJson.Point(e.GetDouble(LonColumn) ?? 0, e.GetDouble(LatColumn) ?? 0);
        return LayerCodecs.Facilities.Read(e.RowKey, new JsonProperties(doc.RootElement, $"{e.PartitionKey}/{e.RowKey}"), location);
    }

    /// <summary>A value as its column holds it: whole numbers as Int32, other numbers as Double, lists joined by commas.</summary>
    private static object? Column(LayerProperty p, object? value) => (p.Type, value) switch
    {
        (_, null) => null,
        (PropertyType.WholeNumber, double d) => (int)d,
        (PropertyType.Number, int i) => (double)i,
        (PropertyType.TextList, IEnumerable<string> list) => string.Join(',', list),
        _ => value,
    };

    private static object? Value(LayerProperty p, string column, TableEntity e) => p.Type switch
    {
        PropertyType.WholeNumber => e.GetInt32(column) is int i ? (double)i : null,
        PropertyType.Number => e.GetDouble(column),
        PropertyType.Flag => e.GetBoolean(column),
        PropertyType.TextList => e.GetString(column) is { Length: > 0 } list ? list.Split(',') : Array.Empty<string>(),
        _ => e.GetString(column),
    };

    private static string FlagColumn(string prefix, string value)
    {
        var column = prefix + value.Replace('-', '_');
        foreach (char c in column)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                throw new ArgumentException($"'{value}' may hold only ASCII letters, digits and '-' to name a table column.", nameof(value));
            }
        }

        return column;
    }
}
