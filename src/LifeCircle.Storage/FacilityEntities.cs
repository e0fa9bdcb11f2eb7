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

    /// <summary>Each property's index in the registry, to place the values read back from the codec's JSON.</summary>
    private static readonly Dictionary<string, int> PropertyIndex =
        Layer.Properties.Select((p, i) => (p.Name, i)).ToDictionary(x => x.Name, x => x.i);

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static TableEntity ToEntity(string partitionKey, Facility f)
    {
        var values = Values(f);
        var e = new TableEntity(partitionKey, f.Id);
        for (int i = 0; i < values.Length; i++)
        {
            var p = Layer.Properties[i];
            e[p.TableColumn] = Column(p, values[i]);
            if (p.FlagColumnPrefix is not null && values[i] is string[] members)
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

    /// <summary>The facility's property values in registry order as <see cref="FeatureRecords.From"/> reads them (the codec's JSON, read back), without building a document per facility.</summary>
    private static object?[] Values(Facility f)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(512);
        buffer.ResetWrittenCount();
        var w = t_writer ??= new Utf8JsonWriter(buffer);
        w.Reset(buffer);
        w.WriteStartObject();
        LayerCodecs.Facilities.WriteProperties(w, f);
        w.WriteEndObject();
        w.Flush();

        var values = new object?[Layer.Properties.Count];
        var r = new Utf8JsonReader(buffer.WrittenSpan);
        r.Read();
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            int i = PropertyIndex[r.GetString()!];
            r.Read();
            values[i] = r.TokenType switch
            {
                JsonTokenType.String => r.GetString(),
                JsonTokenType.Number => r.GetDouble(),
                JsonTokenType.True => true,
                JsonTokenType.False => false,
                JsonTokenType.Null => null,
                JsonTokenType.StartArray => Strings(ref r),
                _ => throw new InvalidOperationException($"Facility {f.Id}: unexpected {r.TokenType} in its properties."),
            };
        }

        return values;
    }

    private static string[] Strings(ref Utf8JsonReader r)
    {
        var list = new List<string>();
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            list.Add(r.GetString()!);
        }

        return [.. list];
    }

    public static Facility FromEntity(TableEntity e)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            foreach (var p in Layer.Properties)
            {
                FeatureRecords.WriteValue(w, p.Name, Value(p, e));
            }

            w.WriteEndObject();
        }

        using var doc = JsonDocument.Parse(buffer.WrittenMemory);
        var location = GeoJson.Point(e.GetDouble(LonColumn) ?? 0, e.GetDouble(LatColumn) ?? 0);
        return LayerCodecs.Facilities.Read(e.RowKey, new JsonProperties(doc.RootElement, $"{e.PartitionKey}/{e.RowKey}"), location);
    }

    private static object? Column(LayerProperty p, object? value) => (p.Type, value) switch
    {
        (_, null) => null,
        (PropertyType.WholeNumber, double d) => (int)d,
        (PropertyType.TextList, string[] list) => string.Join(',', list),
        _ => value,
    };

    private static object? Value(LayerProperty p, TableEntity e) => p.Type switch
    {
        PropertyType.WholeNumber => e.GetInt32(p.TableColumn) is int i ? (double)i : null,
        PropertyType.Number => e.GetDouble(p.TableColumn),
        PropertyType.Flag => e.GetBoolean(p.TableColumn),
        PropertyType.TextList => e.GetString(p.TableColumn) is { Length: > 0 } list ? list.Split(',') : Array.Empty<string>(),
        _ => e.GetString(p.TableColumn),
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
