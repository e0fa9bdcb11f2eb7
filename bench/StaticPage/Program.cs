// Serves one file's bytes, from memory, for every GET: what Kestrel can do with a page of that size and nothing to compute.
// Usage: dotnet StaticPage.dll FILE CONTENT-TYPE --urls http://127.0.0.1:PORT
var body = File.ReadAllBytes(args[0]);
var contentType = args[1];
var builder = WebApplication.CreateBuilder(args[2..]);
builder.Logging.ClearProviders(); // as the API is measured: no per-request logging
var app = builder.Build();
app.MapGet("/{**path}", context =>
{
    context.Response.ContentType = contentType;
    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body).AsTask();
});
app.Run();
