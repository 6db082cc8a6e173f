using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Imports;
using Portrea.Core.Persistence;
using Portrea.Core.Provenance;

namespace Portrea.Core.Territoires.Import;

/// <summary>Loads régions, départements, EPCI and communes from the <c>@etalab/decoupage-administratif</c> layout.</summary>
public sealed partial class DecoupageAdministratifImporter(PortreaDbContext db, TimeProvider horloge)
{
    public async Task<RapportImport> ImporterAsync(
        IReadOnlyList<string> fichiers,
        OptionsImportDecoupage options,
        bool simulation,
        IProgress<ProgressionImport>? progression,
        CancellationToken ct)
    {
        // A file with any invalid row is refused whole: the report lists every problem, nothing is written.
        var lu = DecoupageLu.Lire(fichiers);
        var rapport = new RapportImport { Simulation = simulation };
        var donnees = Valider(lu, options, rapport);
        if (simulation || rapport.ARejets)
        {
            return rapport;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await AppliquerAsync(donnees, progression, ct);
        EnregistrerProvenance(lu, options, fichiers);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        rapport.Applique = true;
        return rapport;
    }

    private sealed record Donnees(
        List<Region> Regions,
        List<Departement> Departements,
        List<Epci> Epcis,
        List<Commune> Communes,
        List<CodeHistorique> Historiques);

    private static Donnees Valider(DecoupageLu lu, OptionsImportDecoupage options, RapportImport rapport)
    {
        bool Garder(string? region) => options.Region is null || region == options.Region;

        var regions = new List<Region>();
        foreach (var (r, i) in lu.Regions.Select((r, i) => (r, i + 1)))
        {
            var code = Texte(r, "code");
            if (code is null || !CodeRegion().IsMatch(code))
            {
                rapport.Rejeter(i, "code", $"code de région invalide « {code} »");
                continue;
            }

            if (Garder(code))
            {
                regions.Add(new Region { Code = code, Nom = Texte(r, "nom") ?? code, ChefLieu = Texte(r, "chefLieu") });
            }
        }

        var departements = new List<Departement>();
        foreach (var (d, i) in lu.Departements.Select((d, i) => (d, i + 1)))
        {
            var code = Texte(d, "code");
            var region = Texte(d, "region");
            if (code is null || !CodeDepartement().IsMatch(code))
            {
                rapport.Rejeter(i, "code", $"code de département invalide « {code} »");
                continue;
            }

            if (Garder(region))
            {
                departements.Add(new Departement { Code = code, Nom = Texte(d, "nom") ?? code, RegionCode = region!, ChefLieu = Texte(d, "chefLieu") });
            }
        }

        var codesDepartements = departements.Select(d => d.Code).ToHashSet();
        var communes = new List<Commune>();
        var historiques = new List<CodeHistorique>();
        foreach (var (c, i) in lu.Communes.Select((c, i) => (c, i + 1)))
        {
            var code = Texte(c, "code");
            var type = Texte(c, "type") ?? "commune-actuelle";
            if (code is null || !CodeInsee().IsMatch(code))
            {
                rapport.Rejeter(i, "code", $"code commune invalide « {code} »");
                continue;
            }

            if (!Garder(Texte(c, "region")))
            {
                continue;
            }

            // Codes of communes merged without delegated communes: files on an older geography still use them.
            if (type == "commune-actuelle" && c.TryGetProperty("anciensCodes", out var anciens) && anciens.ValueKind == JsonValueKind.Array)
            {
                historiques.AddRange(anciens.EnumerateArray()
                    .Select(a => a.GetString())
                    .Where(a => a is not null && a != code)
                    .Select(a => new CodeHistorique { AncienCode = a!, CodeActuel = code, Nom = Texte(c, "nom") ?? code, Nature = "ancienne-commune" }));
            }

            if (type != "commune-actuelle")
            {
                var chefLieu = Texte(c, "chefLieu");
                if (chefLieu is not null && chefLieu != code)
                {
                    historiques.Add(new CodeHistorique { AncienCode = code, CodeActuel = chefLieu, Nom = Texte(c, "nom") ?? code, Nature = type });
                }

                continue;
            }

            var departement = Texte(c, "departement");
            if (departement is null || !codesDepartements.Contains(departement))
            {
                rapport.Rejeter(i, "departement", $"la commune {code} renvoie au département « {departement} » absent du fichier");
                continue;
            }

            communes.Add(new Commune
            {
                Code = code,
                Nom = Texte(c, "nom") ?? code,
                DepartementCode = departement,
                RegionCode = Texte(c, "region")!,
                Siren = Texte(c, "siren"),
                EpciSiren = Texte(c, "epci"),
                CodesPostaux = c.TryGetProperty("codesPostaux", out var cp) && cp.ValueKind == JsonValueKind.Array
                    ? string.Join('|', cp.EnumerateArray().Select(x => x.GetString()))
                    : "",
                PopulationMunicipale = Entier(c, "population"),
            });
        }

        var parCode = communes.ToDictionary(c => c.Code);
        var epcis = new List<Epci>();
        foreach (var (e, i) in lu.Epcis.Select((e, i) => (e, i + 1)))
        {
            var siren = Texte(e, "code");
            if (siren is null || !Siren().IsMatch(siren))
            {
                rapport.Rejeter(i, "code", $"SIREN d'EPCI invalide « {siren} »");
                continue;
            }

            var membres = e.TryGetProperty("membres", out var m) && m.ValueKind == JsonValueKind.Array
                ? [.. m.EnumerateArray()]
                : new List<JsonElement>();
            var membresDuTerritoire = membres.Select(x => Texte(x, "code")).Where(x => x is not null && parCode.ContainsKey(x)).ToList();
            if (membresDuTerritoire.Count == 0)
            {
                continue;
            }

            var epci = new Epci
            {
                Siren = siren,
                Nom = Texte(e, "nom") ?? siren,
                Type = Texte(e, "type") ?? "",
                ModeFinancement = Texte(e, "modeFinancement"),
                PopulationMunicipale = Entier(e, "populationMunicipale"),
                PopulationTotale = Entier(e, "populationTotale"),
                NombreCommunes = membres.Count,
            };
            foreach (var membre in membres)
            {
                var codeMembre = Texte(membre, "code");
                if (codeMembre is null)
                {
                    continue;
                }

                epci.Membres.Add(new EpciMembre
                {
                    EpciSiren = siren,
                    CommuneCode = codeMembre,
                    Nom = Texte(membre, "nom") ?? codeMembre,
                    PopulationMunicipale = Entier(membre, "populationMunicipale"),
                });
                if (parCode.TryGetValue(codeMembre, out var commune))
                {
                    // The DGCL membership list is authoritative for the commune → EPCI link.
                    commune.EpciSiren = siren;
                }
            }

            epcis.Add(epci);
        }

        var sirens = epcis.Select(e => e.Siren).ToHashSet();
        foreach (var commune in communes.Where(c => c.EpciSiren is not null && !sirens.Contains(c.EpciSiren)))
        {
            rapport.Avertissements.Add($"La commune {commune.Code} renvoie à l'EPCI {commune.EpciSiren} absent du fichier : rattachement ignoré.");
            commune.EpciSiren = null;
        }

        foreach (var commune in communes.Where(c => c.EpciSiren is null))
        {
            rapport.Avertissements.Add($"La commune {commune.Code} {commune.Nom} n'appartient à aucun EPCI.");
        }

        foreach (var epci in epcis.Where(e => e.Membres.Count > e.Membres.Count(m => parCode.ContainsKey(m.CommuneCode))))
        {
            var dedans = epci.Membres.Count(m => parCode.ContainsKey(m.CommuneCode));
            rapport.Avertissements.Add($"L'EPCI {epci.Siren} {epci.Nom} est interrégional : {dedans} de ses {epci.Membres.Count} communes sont dans le territoire importé.");
        }

        var codesActuels = parCode.Keys.ToHashSet();
        historiques = [.. historiques.Where(h => !codesActuels.Contains(h.AncienCode)).OrderBy(h => h.Nature == "ancienne-commune" ? 1 : 0).DistinctBy(h => h.AncienCode)];
        rapport.Acceptes = regions.Count + departements.Count + epcis.Count + communes.Count;
        if (regions.Count == 0)
        {
            rapport.Rejeter(0, "region", options.Region is null ? "aucune région dans le fichier" : $"la région {options.Region} est absente du fichier");
        }

        return new Donnees(regions, departements, epcis, communes, historiques);
    }

    private async Task AppliquerAsync(Donnees donnees, IProgress<ProgressionImport>? progression, CancellationToken ct)
    {
        var codesRegions = donnees.Regions.Select(r => r.Code).ToList();
        await Remplacer(db.Regions, donnees.Regions, r => r.Code, ct);
        await Remplacer(db.Departements, donnees.Departements, d => d.Code, ct);
        await db.SaveChangesAsync(ct);

        var sirens = donnees.Epcis.Select(e => e.Siren).ToList();
        await db.EpciMembres.Where(m => sirens.Contains(m.EpciSiren)).ExecuteDeleteAsync(ct);
        var epcisExistants = await db.Epcis.Where(e => sirens.Contains(e.Siren)).ToDictionaryAsync(e => e.Siren, ct);
        foreach (var epci in donnees.Epcis)
        {
            if (epcisExistants.TryGetValue(epci.Siren, out var existant))
            {
                db.Entry(existant).CurrentValues.SetValues(epci);
                db.EpciMembres.AddRange(epci.Membres);
            }
            else
            {
                db.Epcis.Add(epci);
            }
        }

        await db.SaveChangesAsync(ct);

        var nouveaux = donnees.Communes.Select(c => c.Code).ToHashSet();
        var existantes = await db.Communes.Where(c => codesRegions.Contains(c.RegionCode)).ToDictionaryAsync(c => c.Code, ct);
        var fait = 0;
        foreach (var commune in donnees.Communes)
        {
            if (existantes.TryGetValue(commune.Code, out var existante))
            {
                commune.Latitude = existante.Latitude;
                commune.Longitude = existante.Longitude;
                db.Entry(existante).CurrentValues.SetValues(commune);
            }
            else
            {
                db.Communes.Add(commune);
            }

            if (++fait % 200 == 0)
            {
                progression?.Report(new ProgressionImport("Communes", fait, donnees.Communes.Count));
            }
        }

        var disparues = existantes.Keys.Where(code => !nouveaux.Contains(code)).ToList();
        db.Communes.RemoveRange(existantes.Values.Where(c => !nouveaux.Contains(c.Code)));
        await db.Contours.Where(c => c.Niveau == NiveauTerritoire.Commune && disparues.Contains(c.Code)).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        progression?.Report(new ProgressionImport("Communes", donnees.Communes.Count, donnees.Communes.Count));

        var anciens = donnees.Historiques.Select(h => h.AncienCode).ToList();
        await db.CodesHistoriques.Where(h => anciens.Contains(h.AncienCode)).ExecuteDeleteAsync(ct);
        db.CodesHistoriques.AddRange(donnees.Historiques);
    }

    private async Task Remplacer<T>(DbSet<T> ensemble, List<T> nouveaux, Func<T, string> cle, CancellationToken ct)
        where T : class
    {
        var existants = (await ensemble.ToListAsync(ct)).ToDictionary(cle);
        foreach (var element in nouveaux)
        {
            if (existants.TryGetValue(cle(element), out var existant))
            {
                db.Entry(existant).CurrentValues.SetValues(element);
            }
            else
            {
                ensemble.Add(element);
            }
        }
    }

    private void EnregistrerProvenance(DecoupageLu lu, OptionsImportDecoupage options, IReadOnlyList<string> fichiers)
    {
        var source = options.Source ?? lu.Source ?? "@etalab/decoupage-administratif (INSEE COG, DGCL)";
        var licence = options.Licence ?? lu.Licence ?? "Licence Ouverte / Etalab 2.0";
        var maintenant = horloge.GetUtcNow();
        var fichier = string.Join(", ", fichiers.Select(Path.GetFileName));
        Enregistrer(new JeuDeDonnees
        {
            Cle = CleJeux.Cog,
            Libelle = "Code officiel géographique et composition des EPCI",
            Source = source,
            Licence = licence,
            Millesime = options.MillesimeCog,
            Fichier = fichier,
            ImporteLe = maintenant,
        });
        Enregistrer(new JeuDeDonnees
        {
            Cle = CleJeux.Population,
            Libelle = "Population municipale (populations légales INSEE)",
            Source = source,
            Licence = licence,
            Millesime = options.MillesimePopulation,
            Fichier = fichier,
            ImporteLe = maintenant,
        });
    }

    private void Enregistrer(JeuDeDonnees jeu)
    {
        var existant = db.JeuxDeDonnees.Find(jeu.Cle);
        if (existant is null)
        {
            db.JeuxDeDonnees.Add(jeu);
        }
        else
        {
            db.Entry(existant).CurrentValues.SetValues(jeu);
        }
    }

    private static string? Texte(JsonElement element, string propriete) =>
        element.TryGetProperty(propriete, out var valeur) && valeur.ValueKind == JsonValueKind.String ? valeur.GetString() : null;

    private static int? Entier(JsonElement element, string propriete) =>
        element.TryGetProperty(propriete, out var valeur) && valeur.ValueKind == JsonValueKind.Number && valeur.TryGetInt32(out var n) ? n : null;

    [GeneratedRegex(@"^\d{2}$|^0\d$|^\d{1,3}$")]
    private static partial Regex CodeRegion();

    [GeneratedRegex(@"^(\d{2}|2[AB]|97\d)$")]
    private static partial Regex CodeDepartement();

    [GeneratedRegex(@"^([013-9]\d|2[AB1-9])\d{3}$")]
    private static partial Regex CodeInsee();

    [GeneratedRegex(@"^\d{9}$")]
    private static partial Regex Siren();
}
