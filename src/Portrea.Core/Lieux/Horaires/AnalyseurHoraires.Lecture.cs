namespace Portrea.Core.Lieux.Horaires;

/// <summary>Times, words, numbers and error reporting of the <c>opening_hours</c> parser.</summary>
internal sealed partial class AnalyseurHoraires
{
    private static readonly Dictionary<string, string> NonPrisEnCharge = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sunrise"] = "les heures solaires (« sunrise ») ne sont pas prises en charge ; indiquez une heure",
        ["sunset"] = "les heures solaires (« sunset ») ne sont pas prises en charge ; indiquez une heure",
        ["dawn"] = "les heures solaires (« dawn ») ne sont pas prises en charge ; indiquez une heure",
        ["dusk"] = "les heures solaires (« dusk ») ne sont pas prises en charge ; indiquez une heure",
        ["SH"] = "les vacances scolaires (« SH ») ne sont pas prises en charge",
        ["easter"] = "la date de Pâques (« easter ») n'est pas prise en charge comme sélecteur",
        ["week"] = "le sélecteur de semaines (« week ») doit précéder les jours",
    };

    private List<(int Debut, int Fin)> Plages()
    {
        var plages = new List<(int, int)>();
        do
        {
            Espaces();
            var debutPosition = pos;
            var debut = LireHeure();
            Espaces();
            if (Courant == '+')
            {
                throw Erreur("les horaires sans heure de fin (« + ») ne sont pas pris en charge");
            }

            if (!EstTiret(Courant))
            {
                throw Erreur($"heure de fin manquante après {PlageHoraire.Heure(debut)} : une plage s'écrit « 09:00-12:00 »", debutPosition);
            }

            pos++;
            Espaces();
            var fin = LireHeure();
            var ecrite = texte[debutPosition..pos];
            if (debut >= PlageHoraire.MinutesParJour)
            {
                throw Erreur($"la plage « {ecrite} » commence après minuit ; écrivez-la le jour suivant", debutPosition);
            }

            if (fin == debut)
            {
                throw Erreur($"la plage « {ecrite} » est vide (même heure de début et de fin)", debutPosition);
            }

            if (fin > PlageHoraire.MinutesParJour && fin - debut >= PlageHoraire.MinutesParJour)
            {
                throw Erreur($"la plage « {ecrite} » dure 24 heures ou plus", debutPosition);
            }

            // An end before the start (22:00-02:00) crosses midnight, as in the OSM specification.
            plages.Add((debut, fin < debut ? fin + PlageHoraire.MinutesParJour : fin));
            Espaces();
            if (EstTiret(Courant))
            {
                throw Erreur($"« - » inattendu après la plage « {ecrite} » : une plage n'a qu'un début et une fin ; séparez les plages par une virgule (« 09:00-12:00,14:00-17:00 »)");
            }

            if (Courant == '/')
            {
                throw Erreur("les intervalles répétés (« /30 ») ne sont pas pris en charge");
            }
        }
        while (VirguleSuivieDe(() => char.IsAsciiDigit(Courant)));

        return plages;
    }

    /// <summary>Reads <c>HH:MM</c>, tolerating <c>9:00</c>, <c>9h00</c> and <c>9h</c>; ends up to 48:00 are extended times.</summary>
    private int LireHeure()
    {
        var debutPosition = pos;
        var heures = LireNombre("une heure (ex. « 09:00 »)");
        int minutes;
        if (Courant == ':')
        {
            pos++;
            var debutMinutes = pos;
            minutes = char.IsAsciiDigit(Courant) ? LireNombre("les minutes") : throw Inattendu("les minutes (ex. « 09:30 »)");
            if (pos - debutMinutes != 2)
            {
                throw Erreur($"heure « {texte[debutPosition..pos]} » invalide : les minutes s'écrivent sur deux chiffres", debutPosition);
            }
        }
        else if (Courant is 'h' or 'H')
        {
            pos++;
            var debutMinutes = pos;
            minutes = char.IsAsciiDigit(Courant) ? LireNombre("les minutes") : 0;
            if (pos != debutMinutes && pos - debutMinutes != 2)
            {
                throw Erreur($"heure « {texte[debutPosition..pos]} » invalide : les minutes s'écrivent sur deux chiffres", debutPosition);
            }
        }
        else
        {
            throw Erreur($"heure « {texte[debutPosition..pos]} » incomplète : écrivez-la « HH:MM »", debutPosition);
        }

        if (heures > 48 || minutes > 59 || (heures == 48 && minutes > 0))
        {
            throw Erreur($"heure « {texte[debutPosition..pos]} » invalide", debutPosition);
        }

        return (heures * 60) + minutes;
    }

    private int LireNombre(string attendu)
    {
        var debut = pos;
        while (char.IsAsciiDigit(Courant) && pos - debut < 3)
        {
            pos++;
        }

        return pos == debut ? throw Inattendu(attendu) : int.Parse(texte.AsSpan(debut, pos - debut), System.Globalization.CultureInfo.InvariantCulture);
    }

    private int LireMois()
    {
        var mot = MotSuivant() ?? throw Inattendu("un mois (Jan, Feb, …)");
        var numero = NumeroMois(mot);
        if (numero == 0)
        {
            throw Inattendu("un mois (Jan, Feb, …)");
        }

        pos += mot.Length;
        return numero;
    }

    private int LireJourDuMois(int mois)
    {
        var debut = pos;
        var jour = LireNombre("un jour du mois");
        if (jour < 1 || jour > DateTime.DaysInMonth(2024, mois))
        {
            throw Erreur($"le jour {jour} n'existe pas en {SelecteurMois.Noms[mois - 1]}", debut);
        }

        return jour;
    }

    private int LireJour()
    {
        var mot = MotSuivant();
        var numero = mot is null ? -1 : NumeroJour(mot);
        if (numero < 0)
        {
            throw Inattendu("un jour (Mo, Tu, We, Th, Fr, Sa, Su)");
        }

        pos += mot!.Length;
        return numero;
    }

    private bool JourDuMoisSuivant() => char.IsAsciiDigit(Courant) && !HeureSuivante();

    private bool HeureSuivante()
    {
        var i = pos;
        while (i < texte.Length && char.IsAsciiDigit(texte[i]))
        {
            i++;
        }

        return i < texte.Length && texte[i] is ':' or 'h' or 'H';
    }

    private string? MotSuivant()
    {
        var fin = pos;
        while (fin < texte.Length && char.IsAsciiLetter(texte[fin]))
        {
            fin++;
        }

        return fin == pos ? null : texte[pos..fin];
    }

    private void RefuserAnnee()
    {
        var i = pos;
        while (i < texte.Length && char.IsAsciiDigit(texte[i]))
        {
            i++;
        }

        if (i - pos == 4)
        {
            throw Erreur($"les années (« {texte[pos..i]} ») ne sont pas prises en charge");
        }
    }

    private bool VirguleSuivieDe(Func<bool> test)
    {
        if (Courant != ',')
        {
            return false;
        }

        var avant = pos;
        pos++;
        Espaces();
        if (test())
        {
            return true;
        }

        pos = avant;
        return false;
    }

    private bool Virgule()
    {
        if (Courant != ',')
        {
            return false;
        }

        pos++;
        return true;
    }

    private void Espaces()
    {
        while (pos < texte.Length && char.IsWhiteSpace(texte[pos]))
        {
            pos++;
        }
    }

    private static bool EstTiret(char c) => c is '-' or '–' or '—';

    private static int NumeroMois(string mot) => Array.FindIndex(SelecteurMois.Noms, n => n.Equals(mot, StringComparison.OrdinalIgnoreCase)) + 1;

    private static int NumeroJour(string mot) => Array.FindIndex(SelecteurJours.Noms, n => n.Equals(mot, StringComparison.OrdinalIgnoreCase));

    private static EtatRegle? Etat(string mot) => mot.ToLowerInvariant() switch
    {
        "open" => EtatRegle.Ouvert,
        "off" or "closed" => EtatRegle.Ferme,
        "unknown" => EtatRegle.Inconnu,
        _ => null,
    };

    private FormatException Inattendu(string attendu)
    {
        if (Fin)
        {
            return Erreur($"fin du texte inattendue, {attendu} était attendu");
        }

        if (MotSuivant() is { } mot)
        {
            return NonPrisEnCharge.TryGetValue(mot, out var raison) ? Erreur(raison) : Erreur($"« {mot} » n'est pas compris ici, {attendu} était attendu");
        }

        return Erreur($"« {Courant} » inattendu, {attendu} était attendu");
    }

    private FormatException Erreur(string raison, int? position = null) =>
        new($"Horaires invalides, position {(position ?? pos) + 1} : {raison}.");
}
