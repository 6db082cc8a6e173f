using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portrea.Browser.Tests.Infrastructure;
using Portrea.Core.Lieux;
using Portrea.Core.Ressources;
using Portrea.Tests.Infrastructure;

namespace Portrea.Browser.Tests.Ressources;

[Collection(AvecNavigateur.Nom)]
public sealed class RessourcesPagesTests(Navigateur navigateur)
{
    [Fact]
    public async Task Partager_PublierPuisReserverDepuisUnAutrePartenaire_VisibleSurLesDeuxCalendriersEtSurLaFiche()
    {
        var (reseau, hote, invite) = await PreparerAsync();
        var jour = DateOnly.FromDateTime(DateTime.Today.AddDays(9));
        var lundi = ChargerCalendrier.Lundi(jour).ToString("yyyy-MM-dd");

        var publieur = await navigateur.OuvrirAsync($"/reseaux/{reseau.Id}/calendrier?lieu={hote.Identifiant}", UtilisateurDeTest.Contributeur(hote.StructureId!.Value, "hote"));
        (await Accessibilite.ViolationsGravesAsync(publieur)).ShouldBeEmpty();
        var formulaire = publieur.Locator("form").Filter(new() { Has = publieur.GetByRole(AriaRole.Button, new() { Name = "Publier le créneau" }) });
        await formulaire.GetByLabel("Salle").FillAsync("Salle du quartier");
        await formulaire.GetByLabel("Date").FillAsync(jour.ToString("yyyy-MM-dd"));
        await formulaire.GetByLabel("Début").FillAsync("09:00");
        await formulaire.GetByLabel("Fin").FillAsync("12:00");
        await formulaire.GetByRole(AriaRole.Button, new() { Name = "Publier le créneau" }).ClickAsync();
        await publieur.GetByRole(AriaRole.Status).GetByText("Créneau publié").WaitForAsync();
        (await publieur.Locator("#calendrier").TextContentAsync())!.ShouldContain("Libre");

        var reservant = await navigateur.OuvrirAsync($"/reseaux/{reseau.Id}/calendrier?semaine={lundi}", UtilisateurDeTest.Contributeur(invite.StructureId!.Value, "invite"));
        (await Accessibilite.ViolationsGravesAsync(reservant)).ShouldBeEmpty();
        // Keyboard only: the booking link is reached and followed without a pointer.
        var lien = reservant.Locator("#calendrier").GetByRole(AriaRole.Link, new() { Name = "Réserver" });
        await lien.FocusAsync();
        await reservant.Keyboard.PressAsync("Enter");
        await reservant.WaitForURLAsync("**/calendrier/reserver/**");
        (await Accessibilite.ViolationsGravesAsync(reservant)).ShouldBeEmpty();
        await reservant.GetByLabel("Objet").FillAsync("Permanence numérique CAF");
        await reservant.GetByRole(AriaRole.Button, new() { Name = "Réserver ce créneau" }).ClickAsync();
        await reservant.GetByRole(AriaRole.Status).GetByText("Créneau réservé").WaitForAsync();
        (await reservant.Locator("#calendrier").TextContentAsync())!.ShouldContain("Réservé : " + invite.Structure!.Nom);

        await publieur.ReloadAsync();
        (await publieur.Locator("#calendrier").TextContentAsync())!.ShouldContain("Permanence numérique CAF");
        var reseauEntier = await navigateur.OuvrirAsync($"/reseaux/{reseau.Id}/calendrier?semaine={lundi}", UtilisateurDeTest.Contributeur(hote.StructureId.Value, "hote"));
        (await reseauEntier.Locator("#calendrier").TextContentAsync())!.ShouldContain("Permanence numérique CAF");
        (await reseauEntier.Locator("#taux-usage").TextContentAsync())!.ShouldContain("1 demi-journée réservée sur 1 disponible");

        var fiche = await navigateur.OuvrirAsync($"/lieux/{hote.Identifiant}");
        var permanences = fiche.Locator("#permanences-reservees");
        (await permanences.TextContentAsync())!.ShouldContain("Permanence numérique CAF");
        (await permanences.TextContentAsync())!.ShouldContain(invite.Structure.Nom);

        // The booking partner cancels from the calendar, which frees the slot; the place's editor then removes it.
        await reservant.ReloadAsync();
        await reservant.Locator("#calendrier").GetByRole(AriaRole.Button, new() { Name = "Annuler la réservation" }).ClickAsync();
        await reservant.GetByRole(AriaRole.Status).GetByText("Réservation annulée").WaitForAsync();
        (await reservant.Locator("#calendrier").TextContentAsync())!.ShouldContain("Libre");
        await publieur.ReloadAsync();
        await publieur.Locator("#calendrier").GetByRole(AriaRole.Button, new() { Name = "Retirer" }).ClickAsync();
        await publieur.GetByRole(AriaRole.Status).GetByText("Créneau retiré").WaitForAsync();
        (await publieur.Locator("#calendrier").TextContentAsync())!.ShouldNotContain("Salle du quartier");
        (await Accessibilite.ViolationsGravesAsync(publieur)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Diagnostiquer_ElementAjouteEtUneReponse_UnLieuSurDeuxEtLeResteNonRenseigne()
    {
        var (reseau, hote, _) = await PreparerAsync();
        var admin = UtilisateurDeTest.Administrateur("coordination");
        var socle = await navigateur.OuvrirAsync($"/reseaux/{reseau.Id}/socle", admin);
        await socle.GetByLabel("Nouvel élément de la version V1").FillAsync("Wifi public aux normes");
        await socle.GetByRole(AriaRole.Button, new() { Name = "Ajouter l'élément" }).ClickAsync();
        await socle.GetByRole(AriaRole.Status).GetByText("ajouté au socle V1").WaitForAsync();

        await socle.GetByRole(AriaRole.Link, new() { Name = "Répondre pour " + hote.Nom }).ClickAsync();
        (await Accessibilite.ViolationsGravesAsync(socle)).ShouldBeEmpty();
        await socle.GetByRole(AriaRole.Radio, new() { Name = "oui", Exact = true }).CheckAsync();
        await socle.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les réponses" }).ClickAsync();
        await socle.GetByRole(AriaRole.Status).GetByText("enregistrées").WaitForAsync();

        (await socle.Locator(".chiffres").TextContentAsync())!.ShouldContain("Wifi public aux normes : 1 lieu sur 2");
        (await socle.Locator("#matrice-socle").TextContentAsync())!.ShouldContain("non renseigné");
        (await socle.Locator("#tableau-diagnostic tbody td").AllTextContentsAsync()).ShouldBe(["Accès libre et en autonomie", "1", "0", "0", "1"]);
        (await Accessibilite.ViolationsGravesAsync(socle)).ShouldBeEmpty();

        var budget = await navigateur.OuvrirAsync($"/reseaux/{reseau.Id}/budget", admin);
        await budget.GetByLabel("Nature").SelectOptionAsync("temps");
        await budget.GetByLabel("Valeur (ETP pour le temps de travail, euros sinon)").FillAsync("0,5");
        await budget.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la contribution" }).ClickAsync();
        await budget.GetByRole(AriaRole.Status).GetByText("Contribution enregistrée").WaitForAsync();
        (await budget.Locator("#budget tfoot").TextContentAsync())!.ShouldContain("0,5 ETP");
        (await Accessibilite.ViolationsGravesAsync(budget)).ShouldBeEmpty();
    }

    /// <summary>Two places of Rennes run by two structures, in a new network of Rennes' EPCI.</summary>
    private Task<(Reseau Reseau, Lieu Hote, Lieu Invite)> PreparerAsync() => navigateur.App.AvecBaseAsync(async db =>
    {
        var epci = await db.EpciMembres.Where(m => m.CommuneCode == "35238").Select(m => m.EpciSiren).SingleAsync();
        Lieu Lieu(string nom)
        {
            var suffixe = Guid.NewGuid().ToString("N")[..8];
            return new Lieu
            {
                Identifiant = "esc-" + suffixe,
                Nom = $"{nom} {suffixe}",
                Commune = "Rennes",
                CodePostal = "35000",
                CodeInsee = "35238",
                CommuneCode = "35238",
                Rattachement = RattachementCommune.CodeInsee,
                Adresse = "1 place du Marché",
                DateMaj = new DateOnly(2026, 11, 1),
                Structure = new Structure { Nom = $"Centre social {suffixe}" },
            };
        }

        var hote = Lieu("Espace social commun");
        var invite = Lieu("Maison de quartier");
        db.Lieux.AddRange(hote, invite);
        await db.SaveChangesAsync();
        var reseau = new Reseau
        {
            Nom = "Espaces sociaux communs " + Guid.NewGuid().ToString("N")[..6],
            EpciSiren = epci,
            Lieux = [new ReseauLieu { LieuId = hote.Id }, new ReseauLieu { LieuId = invite.Id }],
            Structures = [new ReseauStructure { StructureId = hote.StructureId!.Value }, new ReseauStructure { StructureId = invite.StructureId!.Value }],
        };
        db.Reseaux.Add(reseau);
        await db.SaveChangesAsync();
        return (reseau, hote, invite);
    });
}
