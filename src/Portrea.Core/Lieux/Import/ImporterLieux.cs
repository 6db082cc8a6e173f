using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Contributions;
using Portrea.Core.Imports;
using Portrea.Core.Lieux.Dedoublonnage;
using Portrea.Core.Lieux.Import.FranceServices;
using Portrea.Core.Lieux.Import.Lecture;
using Portrea.Core.Lieux.Import.MednumV0;
using Portrea.Core.Lieux.Import.MednumV1;
using Portrea.Core.Lieux.Standard;
using Portrea.Core.Persistence;
using Portrea.Core.Provenance;

namespace Portrea.Core.Lieux.Import;

/// <summary>
/// Imports a places file (standard v1 CSV/JSON, legacy v0, France Services list, XLSX): every row is validated first;
/// if any is rejected nothing is written. Otherwise the places are attached to their commune, de-duplicated against
/// the file and the database, and written in one transaction. Importing the same file again changes nothing.
/// </summary>
public sealed class ImporterLieux(PortreaDbContext db, TimeProvider horloge)
{
    public async Task<RapportImport> ImporterAsync(
        string chemin, FormatFichierLieux format, bool simulation, IProgress<ProgressionImport>? progression, CancellationToken ct)
    {
        if (!File.Exists(chemin))
        {
            throw new FichierIllisibleException($"Fichier introuvable : {chemin}");
        }

        return await ImporterAsync(await File.ReadAllBytesAsync(chemin, ct), Path.GetFileName(chemin), format, simulation, progression, ct);
    }

    public async Task<RapportImport> ImporterAsync(
        byte[] contenu, string nomFichier, FormatFichierLieux format, bool simulation, IProgress<ProgressionImport>? progression, CancellationToken ct)
    {
        var tableau = LireFichierLieux.Lire(contenu, nomFichier, format);
        var schema = format switch
        {
            FormatFichierLieux.MednumV0 => SchemaLieux.MednumV0,
            FormatFichierLieux.FranceServices => SchemaLieux.FranceServices,
            _ => FormatFichierLieuxTexte.Detecter(tableau),
        };
        return await ImporterTableauAsync(tableau, schema, nomFichier, simulation, brouillons: false, epcisAutorises: null, progression, ct);
    }

    /// <summary>
    /// Imports rows already read; with <paramref name="brouillons"/>, new places are drafts a referent publishes later.
    /// With <paramref name="epcisAutorises"/> (a referent's EPCIs), a row whose commune lies outside them, or which
    /// would change a place outside them, is rejected like an invalid row, so nothing is written.
    /// </summary>
    public async Task<RapportImport> ImporterTableauAsync(
        TableauLu tableau, SchemaLieux schema, string nomFichier, bool simulation, bool brouillons, IReadOnlySet<string>? epcisAutorises,
        IProgress<ProgressionImport>? progression, CancellationToken ct)
    {
        var rapport = new RapportImport { Simulation = simulation };
        var numeros = new Dictionary<Lieu, int>(ReferenceEqualityComparer.Instance);
        var lus = Valider(tableau, schema, rapport, numeros, progression);
        rapport.Acceptes = lus.Count;
        if (rapport.ARejets)
        {
            return rapport;
        }

        var rattachement = await RattacherCommunes.ChargerAsync(db, ct);
        foreach (var lieu in lus)
        {
            rattachement.Rattacher(lieu);
            if (lieu.CommuneCode is null && epcisAutorises is null)
            {
                rapport.Avertissements.Add($"« {lieu.Nom} » ({lieu.Identifiant}) : aucune commune chargée ne correspond (ni coordonnées, ni code INSEE, ni code postal).");
            }
        }

        if (epcisAutorises is not null)
        {
            await RejeterHorsPerimetreAsync(lus, numeros, epcisAutorises, rapport, ct);
            if (rapport.ARejets)
            {
                rapport.Acceptes = lus.Count - rapport.Rejetes.Select(r => r.Ligne).Distinct().Count();
                return rapport;
            }
        }

        var existants = await db.Lieux
            .Include(l => l.Services).ThenInclude(s => s.Creneaux)
            .Include(l => l.Contacts)
            .Include(l => l.Structure)
            .AsSplitQuery()
            .ToListAsync(ct);
        // Taken before de-duplication and updates change the tracked places, so that the history says what the file changed.
        var avant = existants.ToDictionary(l => l.Id, ChampsLieu.Instantane);
        var bilan = Rapprocher(lus, existants, rapport);
        rapport.Doublons = bilan.Doublons;
        if (simulation)
        {
            db.ChangeTracker.Clear();
            return rapport;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await RelierStructuresAsync([.. bilan.Nouveaux, .. existants], ct);
        foreach (var lieu in bilan.Nouveaux)
        {
            lieu.Brouillon = brouillons;
        }

        db.Lieux.AddRange(bilan.Nouveaux);
        foreach (var lieu in bilan.Modifies)
        {
            lieu.Version++;
        }

        if (bilan.Nouveaux.Count > 0 || bilan.Modifies.Count > 0)
        {
            EnregistrerProvenance(nomFichier, schema, lus);
        }

        progression?.Report(new ProgressionImport("Écriture des lieux", 0, bilan.Nouveaux.Count + bilan.Modifies.Count));
        await db.SaveChangesAsync(ct);
        EnregistrerHistorique(bilan, avant);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        progression?.Report(new ProgressionImport("Écriture des lieux", bilan.Nouveaux.Count + bilan.Modifies.Count, bilan.Nouveaux.Count + bilan.Modifies.Count));
        rapport.Applique = true;
        return rapport;
    }

    private async Task RejeterHorsPerimetreAsync(
        List<Lieu> lus, Dictionary<Lieu, int> numeros, IReadOnlySet<string> epcis, RapportImport rapport, CancellationToken ct)
    {
        var sirens = epcis.ToList();
        var communes = (await db.EpciMembres.AsNoTracking().Where(m => sirens.Contains(m.EpciSiren)).Select(m => m.CommuneCode).ToListAsync(ct)).ToHashSet();
        var identifiants = lus.Select(l => l.Identifiant).ToList();
        // Matched by id, a row updates the stored place wherever it lies: that place must be in the territory too.
        var existantsAilleurs = (await db.Lieux.AsNoTracking()
                .Where(l => identifiants.Contains(l.Identifiant) && (l.CommuneCode == null || !communes.Contains(l.CommuneCode)))
                .Select(l => l.Identifiant).ToListAsync(ct))
            .ToHashSet();
        foreach (var lieu in lus)
        {
            if (lieu.CommuneCode is null)
            {
                rapport.Rejeter(numeros[lieu], ChampsStandard.Commune,
                    $"commune « {lieu.Commune} » ({lieu.CodePostal}) introuvable : un référent n'importe que des lieux des communes de son territoire ; vérifiez le code postal ou indiquez le code INSEE");
            }
            else if (!communes.Contains(lieu.CommuneCode))
            {
                rapport.Rejeter(numeros[lieu], ChampsStandard.Commune,
                    $"la commune « {lieu.Commune} » (code INSEE {lieu.CommuneCode}) n'est pas dans votre territoire : un référent n'importe que des lieux de ses EPCI");
            }
            else if (existantsAilleurs.Contains(lieu.Identifiant))
            {
                rapport.Rejeter(numeros[lieu], ChampsStandard.Id,
                    $"l'identifiant « {lieu.Identifiant} » désigne un lieu existant hors de votre territoire : un référent ne modifie que les lieux de ses EPCI");
            }
        }
    }

    private static List<Lieu> Valider(
        TableauLu tableau, SchemaLieux schema, RapportImport rapport, Dictionary<Lieu, int> numeros, IProgress<ProgressionImport>? progression)
    {
        var lus = new List<Lieu>();
        var lignesParId = new Dictionary<string, int>();
        var fait = 0;
        foreach (var ligne in tableau.Lignes)
        {
            var v1 = schema switch
            {
                SchemaLieux.MednumV0 => TraducteurMednumV0.Traduire(ligne, rapport),
                SchemaLieux.FranceServices => TraducteurFranceServices.Traduire(ligne, rapport),
                _ => ligne,
            };
            var lieu = v1 is null ? null : LecteurMednumV1.Lire(v1, rapport, HorairesImport.Valider);
            if (lieu is not null)
            {
                if (lignesParId.TryGetValue(lieu.Identifiant, out var premiere))
                {
                    rapport.Rejeter(ligne.Numero, "id", $"identifiant « {lieu.Identifiant} » déjà utilisé ligne {premiere}");
                }
                else
                {
                    lignesParId[lieu.Identifiant] = ligne.Numero;
                    numeros[lieu] = ligne.Numero;
                    if (schema == SchemaLieux.FranceServices)
                    {
                        TraducteurFranceServices.AjouterInformationOrientation(lieu);
                    }

                    lieu.Structure = lieu.Pivot is null ? null : new Structure { Nom = lieu.Nom, Pivot = lieu.Pivot, Typologie = lieu.Typologie };
                    lus.Add(lieu);
                }
            }

            if (++fait % 1000 == 0 || fait == tableau.Lignes.Count)
            {
                progression?.Report(new ProgressionImport("Validation des lignes", fait, tableau.Lignes.Count));
            }
        }

        return lus;
    }

    private sealed record Bilan(List<Lieu> Nouveaux, List<Lieu> Modifies, int Doublons);

    private static Bilan Rapprocher(List<Lieu> lus, List<Lieu> existants, RapportImport rapport)
    {
        var parIdentifiant = new Dictionary<string, Lieu>();
        var dedoublonnage = new DedoublonnerLieux();
        foreach (var lieu in existants)
        {
            parIdentifiant[lieu.Identifiant] = lieu;
            foreach (var fusionne in FusionnerLieux.Decouper(lieu.IdentifiantsFusionnes))
            {
                parIdentifiant.TryAdd(fusionne, lieu);
            }

            dedoublonnage.Connaitre(lieu);
        }

        var empreintes = existants.ToDictionary(l => l, EmpreinteLieu.Calculer);
        var nouveaux = new List<Lieu>();
        var doublons = 0;
        foreach (var lu in lus)
        {
            if (parIdentifiant.TryGetValue(lu.Identifiant, out var connu))
            {
                if (connu.Identifiant == lu.Identifiant)
                {
                    MettreAJourLieu.Appliquer(connu, lu);
                }
                else
                {
                    FusionnerLieux.Fusionner(connu, lu);
                    doublons++;
                }

                continue;
            }

            var doublon = dedoublonnage.TrouverDoublon(lu);
            if (doublon is not null)
            {
                FusionnerLieux.Fusionner(doublon, lu);
                parIdentifiant[lu.Identifiant] = doublon;
                doublons++;
                rapport.Avertissements.Add($"Doublon : « {lu.Nom} » ({lu.Identifiant}) fusionné avec « {doublon.Nom} » ({doublon.Identifiant}).");
                continue;
            }

            parIdentifiant[lu.Identifiant] = lu;
            dedoublonnage.Connaitre(lu);
            nouveaux.Add(lu);
        }

        var modifies = existants.Where(l => EmpreinteLieu.Calculer(l) != empreintes[l]).ToList();
        return new Bilan(nouveaux, modifies, doublons);
    }

    /// <summary>Structures are shared between places by their pivot: one town hall, several libraries.</summary>
    private async Task RelierStructuresAsync(List<Lieu> lieux, CancellationToken ct)
    {
        var pivots = lieux.Where(l => l.Structure is { Id: 0 }).Select(l => l.Structure!.Pivot).OfType<string>().Distinct().ToList();
        var connues = await db.Structures.Where(s => s.Pivot != null && pivots.Contains(s.Pivot)).ToDictionaryAsync(s => s.Pivot!, ct);
        foreach (var lieu in lieux.Where(l => l.Structure is { Id: 0 }))
        {
            var pivot = lieu.Structure!.Pivot!;
            if (!connues.TryGetValue(pivot, out var structure))
            {
                structure = lieu.Structure;
                connues[pivot] = structure;
            }

            lieu.Structure = structure;
        }
    }

    /// <summary>Every place the file created or changed gets a history entry, source « import », with no author.</summary>
    private void EnregistrerHistorique(Bilan bilan, Dictionary<int, Dictionary<string, string?>> avant)
    {
        var date = horloge.GetUtcNow();
        var vide = new Dictionary<string, string?>();
        foreach (var lieu in bilan.Nouveaux.Concat(bilan.Modifies))
        {
            var changements = ChampsLieu.Comparer(avant.GetValueOrDefault(lieu.Id, vide), ChampsLieu.Instantane(lieu));
            if (changements.Count > 0)
            {
                db.ModificationsLieux.Add(new ModificationLieu
                {
                    LieuId = lieu.Id,
                    Version = lieu.Version,
                    Date = date,
                    Source = SourceModification.Import,
                    Changements = ChangementChamp.Ecrire(changements),
                });
            }
        }
    }

    private void EnregistrerProvenance(string nomFichier, SchemaLieux schema, List<Lieu> lus)
    {
        var cle = "lieux." + Path.GetFileNameWithoutExtension(nomFichier).ToLowerInvariant();
        cle = cle[..Math.Min(cle.Length, 100)];
        var dates = lus.Select(l => l.DateMaj).ToList();
        var millesime = dates.Count == 0 ? "" : $"mises à jour du {dates.Min().ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} au {dates.Max().ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
        var jeu = new JeuDeDonnees
        {
            Cle = cle,
            Libelle = $"Lieux d'aide au numérique ({nomFichier})",
            Source = schema switch
            {
                SchemaLieux.FranceServices => "Liste nationale des France Services (ANCT)",
                SchemaLieux.MednumV0 => "Fichier au vocabulaire v0 des lieux de médiation numérique",
                _ => $"Standard des lieux de médiation numérique v{Standard.ChampsStandard.Version}",
            },
            Licence = "Licence Ouverte / Etalab 2.0",
            Millesime = millesime,
            Fichier = nomFichier,
            ImporteLe = horloge.GetUtcNow(),
        };
        var existant = db.JeuxDeDonnees.Find(cle);
        if (existant is null)
        {
            db.JeuxDeDonnees.Add(jeu);
        }
        else
        {
            db.Entry(existant).CurrentValues.SetValues(jeu);
        }
    }
}
