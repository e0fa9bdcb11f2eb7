using System.Net;
using System.Text.Json;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Api.Tests.Functions;

[Collection(ApiCollection.Name)]
public class SchemaTests(ApiHostFixture api)
{
    [Theory]
    [InlineData("dataset.schema.json")]
    [InlineData("facility.schema.json")]
    [InlineData("catalogue.schema.json")]
    public async Task EachCommittedSchemaIsServedAsIs(string file)
    {
        var response = await api.Client.GetAsync($"/api/schemas/{file}");
        Assert.Equal("application/schema+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "schemas", file)), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync("/api/schemas/secrets.json")).StatusCode);
    }

    [Fact]
    public void TheSamplesDatasetJsonHasEveryRequiredMemberOfItsSchema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", "dataset.schema.json")));
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.SampleDataset, "dataset.json")));
        void Check(JsonElement s, JsonElement value, string path)
        {
            if (s.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                {
                    Assert.True(value.TryGetProperty(name, out var member), $"{path}.{name} is required by the schema");
                    if (s.GetProperty("properties").TryGetProperty(name, out var child))
                    {
                        Check(child, member, $"{path}.{name}");
                    }
                }
            }
        }

        Check(schema.RootElement, sample.RootElement, "dataset.json");
    }
}
