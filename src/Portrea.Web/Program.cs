using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Portrea.Core.Campagnes;
using Portrea.Core.Comptes;
using Portrea.Core.Demarche;
using Portrea.Core.Messagerie;
using Portrea.Core.Persistence;
using Portrea.Web.Features.AnnuaireDuReseau;
using Portrea.Web.Features.Annuaires;
using Portrea.Web.Features.Campagnes;
using Portrea.Web.Features.Carte;
using Portrea.Web.Features.Comptes;
using Portrea.Web.Features.Contributions;
using Portrea.Web.Features.Demarche;
using Portrea.Web.Features.Indicateurs;
using Portrea.Web.Features.Lieux;
using Portrea.Web.Features.Orientation;
using Portrea.Web.Features.Pdf;
using Portrea.Web.Features.Portraits;
using Portrea.Web.Features.Ressources;
using Portrea.Web.Features.Sante;
using Portrea.Web.Features.Shared;
using Portrea.Web.Features.Territoires;

var builder = WebApplication.CreateBuilder(args);

// Static assets of a build (not a publish) live partly in obj/ (precompressed copies); only Development maps them by
// default, so tests and `dotnet run` in any other environment would serve empty files. A no-op once published.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddPortreaCore(builder.Configuration);
builder.Services.AddRazorPages(options => options.RootDirectory = "/Features");
builder.Services.AddProblemDetails(ProblemesFrancais.Configurer);
builder.Services.AddMemoryCache();
builder.Services.AddResponseCompression(options =>
{
    options.EnableForHttps = true;
    options.Providers.Add<BrotliCompressionProvider>();
    options.Providers.Add<GzipCompressionProvider>();
    options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/geo+json", "application/problem+json"]);
});
builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
builder.Services.AddSingleton<IndexRecherche>();
builder.Services.AddSingleton<CoucheContoursCache>();
builder.Services.AddSingleton<CacheListesLieux>();
builder.Services.AddScoped<ConstruirePortrait>();
builder.Services.Configure<PdfOptions>(builder.Configuration.GetSection(PdfOptions.Section));
builder.Services.AddSingleton<ImpressionPdf>();
builder.Services.AddScoped<RenduVues>();
builder.Services.AddScoped<ConstruireAnnuaire>();
builder.Services.Configure<CarteOptions>(builder.Configuration.GetSection(CarteOptions.Section));
builder.Services.AddPortreaComptes(builder.Configuration);
builder.Services.AddLimiteConnexions();
builder.Services.AddPortreaMessagerie(builder.Configuration);
builder.Services.AddPortreaDemarche(builder.Configuration);
builder.Services.AddPortreaCampagnes(builder.Configuration);
builder.Services.AddRateLimiter(LimitesContributions.Configurer(builder.Configuration));
builder.Services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "API Portrea";
    document.Info.Description = "Territoires, lieux d'aide au numérique et indicateurs de vulnérabilité e-administrative.";
    return Task.CompletedTask;
}));
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never);

var app = builder.Build();

await InitialiserBaseAsync(app);

app.UseResponseCompression();
// In Development, parameter binding throws on an unreadable body instead of answering 400: keep its status.
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    StatusCodeSelector = exception => exception is BadHttpRequestException requete ? requete.StatusCode : StatusCodes.Status500InternalServerError,
});
// API callers get ProblemDetails; people browsing get the French error page.
app.UseWhen(
    contexte => contexte.Request.Path.StartsWithSegments("/api"),
    api => api.UseStatusCodePages());
app.UseWhen(
    contexte => !contexte.Request.Path.StartsWithSegments("/api"),
    pages => pages.UseStatusCodePagesWithReExecute("/erreur/{0}"));
// Routing after the status-code pages, so that a re-executed request finds the error page's endpoint.
app.UseRouting();
app.UseMiddleware<ReponsesCachables>();
var francais = new CultureInfo("fr-FR");
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(francais),
    SupportedCultures = [francais],
    SupportedUICultures = [francais],
});
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.MapStaticAssets();

app.MapOpenApi("/openapi/{documentName}.json");
app.MapSanteEndpoints();
app.MapTerritoiresApi();
app.MapCarteApi();
app.MapLieuxApi();
app.MapContributionsApi();
app.MapModerationApi();
app.MapRecensementApi();
app.MapDonneesPersonnellesApi();
app.MapImportLieuxApi();
app.MapAuthApi();
app.MapCampagnesApi();
app.MapIndicateursApi();
app.MapOrientationApi();
app.MapPortraitsApi();
app.MapPortraitsPdf();
app.MapAnnuairesPdf();
app.MapRessourcesApi();
app.MapDemarcheApi();
app.MapDemarchePdf();
app.MapDemarcheExports();
app.MapReseauApi();
app.MapRazorPages();

app.Run();

static async Task InitialiserBaseAsync(WebApplication app)
{
    var options = app.Services.GetRequiredService<IOptions<PortreaOptions>>().Value;
    await using var scope = app.Services.CreateAsyncScope();
    var initialiseur = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
    await initialiseur.InitialiserAsync(options.Database.MigrateAtStartup, options.Database.SeedAtStartup, progression: null, CancellationToken.None);
    await scope.ServiceProvider.GetRequiredService<AmorcerAdministrateur>().AmorcerAsync(CancellationToken.None);
}

public partial class Program;
