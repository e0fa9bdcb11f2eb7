using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LifeCircle.Core.Data;

/// <summary>JSON settings shared by files and responses: Chinese text kept readable, camelCase, enums as kebab-case strings.</summary>
public static class JsonText
{
    /// <summary>Escapes only what JSON requires, so 华苑社区 stays 华苑社区 rather than \u534E…; bodies are never embedded in HTML.</summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Options for plain JSON documents (dataset.json, themes, API bodies).</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = Encoder,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>The same as <see cref="Options"/> without indentation, for storage and responses.</summary>
    public static JsonSerializerOptions Compact { get; } = new(Options) { WriteIndented = false };
}
