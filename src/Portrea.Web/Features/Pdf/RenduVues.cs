using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Portrea.Web.Features.Pdf;

/// <summary>
/// Renders a Razor view to a string, so that a PDF is printed from exactly the markup of its page, as one
/// self-contained document (styles inlined) that Chromium opens from disk without calling back into the site.
/// </summary>
public sealed class RenduVues(IRazorViewEngine moteur, ITempDataProvider tempData, IWebHostEnvironment environnement)
{
    public async Task<string> RendreAsync<T>(HttpContext http, string chemin, T modele, string titre)
    {
        var contexte = new ActionContext(http, http.GetRouteData(), new ActionDescriptor());
        var vue = moteur.GetView(executingFilePath: null, viewPath: chemin, isMainPage: true);
        if (!vue.Success)
        {
            throw new InvalidOperationException($"View {chemin} not found.");
        }

        await using var ecrivain = new StringWriter();
        var donnees = new ViewDataDictionary<T>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = modele };
        donnees["Title"] = titre;
        donnees["Styles"] = await StylesAsync();
        var vueContexte = new ViewContext(contexte, vue.View, donnees, new TempDataDictionary(http, tempData), ecrivain, new HtmlHelperOptions());
        await vue.View.RenderAsync(vueContexte);
        return ecrivain.ToString();
    }

    private async Task<string> StylesAsync()
    {
        var styles = new StringBuilder();
        foreach (var (fichier, media) in new[] { ("css/site.css", "all"), ("css/print.css", "print"), ("css/portrait.css", "all") })
        {
            var info = environnement.WebRootFileProvider.GetFileInfo(fichier);
            if (!info.Exists)
            {
                continue;
            }

            await using var flux = info.CreateReadStream();
            using var lecteur = new StreamReader(flux);
            styles.Append("<style media=\"").Append(media).Append("\">").Append(await lecteur.ReadToEndAsync()).Append("</style>");
        }

        return styles.ToString();
    }
}
