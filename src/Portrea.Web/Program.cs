using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Indicateurs;
using Portrea.Web.Features.Sante;
using Portrea.Web.Features.Territoires;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPortreaCore(builder.Configuration);
builder.Services.AddRazorPages(options => options.RootDirectory = "/Features");
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "API Portrea";
    document.Info.Description = "Territoires, lieux d'aide au numérique et indicateurs de vulnérabilité e-administrative.";
    return Task.CompletedTask;
}));
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never);

var app = builder.Build();

await InitialiserBaseAsync(app);

app.UseExceptionHandler();
// API callers get ProblemDetails; people browsing get the French error page.
app.UseWhen(
    contexte => contexte.Request.Path.StartsWithSegments("/api"),
    api => api.UseStatusCodePages());
app.UseWhen(
    contexte => !contexte.Request.Path.StartsWithSegments("/api"),
    pages => pages.UseStatusCodePagesWithReExecute("/erreur/{0}"));
// Routing after the status-code pages, so that a re-executed request finds the error page's endpoint.
app.UseRouting();
var francais = new CultureInfo("fr-FR");
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(francais),
    SupportedCultures = [francais],
    SupportedUICultures = [francais],
});
app.MapStaticAssets();

app.MapOpenApi("/openapi/{documentName}.json");
app.MapSanteEndpoints();
app.MapTerritoiresApi();
app.MapIndicateursApi();
app.MapRazorPages();

app.Run();

static async Task InitialiserBaseAsync(WebApplication app)
{
    var options = app.Services.GetRequiredService<IOptions<PortreaOptions>>().Value;
    await using var scope = app.Services.CreateAsyncScope();
    var initialiseur = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
    await initialiseur.InitialiserAsync(options.Database.MigrateAtStartup, options.Database.SeedAtStartup, progression: null, CancellationToken.None);
}

public partial class Program;
