namespace Portrea.Core.Lieux.Horaires;

/// <summary>
/// Recursive-descent parser for the subset of the OSM <c>opening_hours</c> syntax used by places (see ADR 0005).
/// Hand-written because no .NET implementation exists; the reference engine is the JavaScript package
/// <c>opening_hours</c>. It is tolerant where real files are sloppy (spaces, case, <c>9:00</c>, <c>9h30</c>) and
/// refuses what it does not understand with the position and a French reason, never ignoring a construct.
/// </summary>
internal sealed partial class AnalyseurHoraires
{
    private readonly string texte;
    private int pos;

    private AnalyseurHoraires(string texte) => this.texte = texte;

    private bool Fin => pos >= texte.Length;

    private char Courant => pos < texte.Length ? texte[pos] : '\0';

    public static List<RegleHoraire> Analyser(string texte) => new AnalyseurHoraires(texte).Regles();

    private List<RegleHoraire> Regles()
    {
        var regles = new List<RegleHoraire>();
        var additionnelle = false;
        while (true)
        {
            Espaces();
            if (Fin)
            {
                throw regles.Count == 0 ? Erreur("les horaires sont vides") : Erreur("une règle est attendue après la virgule");
            }

            regles.Add(Regle(additionnelle));
            Espaces();
            if (Fin)
            {
                return regles;
            }

            if (Courant == ';')
            {
                additionnelle = false;
                while (Courant == ';' || char.IsWhiteSpace(Courant))
                {
                    pos++; // empty rules (";;") left by hand edits are skipped
                }

                if (Fin)
                {
                    return regles; // a trailing ";" is common in exported files and harmless
                }
            }
            else if (Courant == ',')
            {
                pos++;
                additionnelle = true;
            }
            else if (Courant == '|' && pos + 1 < texte.Length && texte[pos + 1] == '|')
            {
                throw Erreur("les règles de repli « || » ne sont pas prises en charge ; écrivez des règles séparées par « ; »");
            }
            else
            {
                throw Inattendu("« ; » entre deux règles");
            }
        }
    }

    private RegleHoraire Regle(bool additionnelle)
    {
        var regle = new RegleHoraire { Additionnelle = additionnelle };
        var debut = pos;
        if (string.CompareOrdinal(texte, pos, "24/7", 0, 4) == 0)
        {
            pos += 4;
            regle.ToutLeTemps = true;
            Espaces();
        }
        else
        {
            RefuserAnnee();
            if (MotSuivant() is { } mois && NumeroMois(mois) > 0)
            {
                regle.Mois.AddRange(SelecteursMois());
                Espaces();
            }

            if (MotSuivant() is { } semaine && semaine.Equals("week", StringComparison.OrdinalIgnoreCase))
            {
                regle.Semaines.AddRange(SelecteursSemaine());
                Espaces();
            }

            if (MotSuivant() is { } jour && (NumeroJour(jour) >= 0 || jour.Equals("PH", StringComparison.OrdinalIgnoreCase)))
            {
                regle.Jours = LireSelecteurJours();
                Espaces();
            }

            if (char.IsAsciiDigit(Courant))
            {
                regle.Plages.AddRange(Plages());
                Espaces();
            }
        }

        if (MotSuivant() is { } modificateur && Etat(modificateur) is { } etat)
        {
            pos += modificateur.Length;
            regle.Etat = etat;
            regle.EtatExplicite = true;
            Espaces();
        }

        if (Courant == '"')
        {
            var fin = texte.IndexOf('"', pos + 1);
            if (fin < 0)
            {
                throw Erreur("le commentaire n'est pas fermé par un guillemet");
            }

            regle.Commentaire = texte[(pos + 1)..fin].Trim();
            pos = fin + 1;
            if (!regle.EtatExplicite && regle.Plages.Count == 0 && !regle.ToutLeTemps)
            {
                // A comment without hours ("sur rendez-vous") says nothing about when the place is open.
                regle.Etat = EtatRegle.Inconnu;
            }
        }

        if (pos == debut)
        {
            throw Inattendu("un jour, une heure, « off » ou un commentaire");
        }

        return regle;
    }

    private IEnumerable<SelecteurMois> SelecteursMois()
    {
        var selecteurs = new List<SelecteurMois>();
        do
        {
            Espaces();
            var debutMois = LireMois();
            int? debutJour = null;
            Espaces();
            if (JourDuMoisSuivant())
            {
                debutJour = LireJourDuMois(debutMois);
                Espaces();
            }

            var finMois = debutMois;
            var finJour = debutJour;
            if (EstTiret(Courant))
            {
                pos++;
                Espaces();
                if (MotSuivant() is { } mot && NumeroMois(mot) > 0)
                {
                    finMois = LireMois();
                    Espaces();
                    finJour = debutJour is null ? null : JourDuMoisSuivant() ? LireJourDuMois(finMois) : throw Inattendu("le jour de fin (ex. « Jan 02 »)");
                }
                else if (debutJour is not null && JourDuMoisSuivant())
                {
                    finJour = LireJourDuMois(finMois);
                }
                else
                {
                    throw Inattendu("un mois de fin (ex. « Jan-Mar »)");
                }
            }

            selecteurs.Add(new SelecteurMois(debutMois, debutJour, finMois, finJour));
            Espaces();
        }
        while (VirguleSuivieDe(() => MotSuivant() is { } m && NumeroMois(m) > 0));

        return selecteurs;
    }

    private IEnumerable<SelecteurSemaine> SelecteursSemaine()
    {
        pos += 4;
        var selecteurs = new List<SelecteurSemaine>();
        do
        {
            Espaces();
            var debutPosition = pos;
            var debut = LireNombre("un numéro de semaine");
            var fin = debut;
            var pas = 1;
            Espaces();
            if (EstTiret(Courant))
            {
                pos++;
                Espaces();
                fin = LireNombre("un numéro de semaine de fin");
            }

            if (Courant == '/')
            {
                pos++;
                pas = LireNombre("un pas (ex. « /2 » pour une semaine sur deux)");
            }

            if (debut is < 1 or > 53 || fin is < 1 or > 53 || fin < debut || pas < 1)
            {
                throw Erreur($"semaines « {texte[debutPosition..pos].TrimEnd()} » invalides : les numéros vont de 01 à 53, dans l'ordre", debutPosition);
            }

            selecteurs.Add(new SelecteurSemaine(debut, fin, pas));
            Espaces();
        }
        while (VirguleSuivieDe(() => char.IsAsciiDigit(Courant) && !HeureSuivante()));

        return selecteurs;
    }

    private SelecteurJours LireSelecteurJours()
    {
        var jours = new HashSet<DayOfWeek>();
        var rangs = new Dictionary<DayOfWeek, IReadOnlyList<int>>();
        var feries = false;
        do
        {
            Espaces();
            var mot = MotSuivant() ?? throw Inattendu("un jour (Mo, Tu, We, Th, Fr, Sa, Su) ou PH");
            if (mot.Equals("PH", StringComparison.OrdinalIgnoreCase))
            {
                pos += mot.Length;
                feries = true;
                continue;
            }

            var debut = LireJour();
            Espaces();
            if (Courant == '[')
            {
                rangs[(DayOfWeek)debut] = [.. rangs.GetValueOrDefault((DayOfWeek)debut) ?? [], .. LireRangs()];
            }
            else if (EstTiret(Courant))
            {
                pos++;
                Espaces();
                var fin = LireJour();
                for (var j = debut; ; j = (j + 1) % 7)
                {
                    jours.Add((DayOfWeek)j);
                    if (j == fin)
                    {
                        break;
                    }
                }
            }
            else
            {
                jours.Add((DayOfWeek)debut);
            }

            Espaces();
        }
        while (VirguleSuivieDe(() => MotSuivant() is { } m && (NumeroJour(m) >= 0 || m.Equals("PH", StringComparison.OrdinalIgnoreCase))));

        return new SelecteurJours(jours, rangs.ToDictionary(r => r.Key, r => (IReadOnlyList<int>)[.. r.Value.Distinct().Order()]), feries);
    }

    private List<int> LireRangs()
    {
        pos++;
        var rangs = new List<int>();
        do
        {
            Espaces();
            var debutPosition = pos;
            var debut = LireRang();
            var fin = debut;
            Espaces();
            if (EstTiret(Courant) && debut > 0)
            {
                pos++;
                Espaces();
                fin = LireRang();
            }

            if (debut is 0 or < -5 or > 5 || fin is 0 or < -5 or > 5 || fin < debut || (debut < 0 && fin != debut))
            {
                throw Erreur($"rang « {texte[debutPosition..pos]} » invalide : il va de 1 à 5 (ou -1 à -5 depuis la fin du mois)", debutPosition);
            }

            rangs.AddRange(Enumerable.Range(debut, fin - debut + 1));
            Espaces();
        }
        while (Virgule());

        if (Courant != ']')
        {
            throw Inattendu("« ] »");
        }

        pos++;
        Espaces();
        if (Courant is '+' || (EstTiret(Courant) && pos + 1 < texte.Length && char.IsAsciiDigit(texte[pos + 1])))
        {
            throw Erreur("les décalages de jours (« +2 days ») ne sont pas pris en charge");
        }

        return rangs;
    }

    private int LireRang()
    {
        var signe = 1;
        if (Courant == '-')
        {
            signe = -1;
            pos++;
        }

        return signe * LireNombre("un rang (1 à 5, ou -1 pour le dernier)");
    }
}
