using System.Text.Json;
using Portrea.Core.Lieux.Standard;

namespace Portrea.Core.Lieux.Export;

/// <summary>A GeoJSON FeatureCollection (RFC 7946, WGS84): standard fields plus PorTReA fields and services as properties.</summary>
public static class ExportGeoJson
{
    public static void Ecrire(IReadOnlyList<Lieu> lieux, Stream sortie)
    {
        using var json = new Utf8JsonWriter(sortie, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var lieu in lieux)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", lieu.Identifiant);
            if (lieu.Latitude is { } lat && lieu.Longitude is { } lon)
            {
                json.WriteStartObject("geometry");
                json.WriteString("type", "Point");
                json.WriteStartArray("coordinates");
                json.WriteNumberValue(Math.Round(lon, 6));
                json.WriteNumberValue(Math.Round(lat, 6));
                json.WriteEndArray();
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("geometry");
            }

            json.WriteStartObject("properties");
            foreach (var (champ, valeur) in ChampsStandard.Tous.Zip(LigneStandard.Valeurs(lieu)).Concat(ColonnesPortrea.Noms.Zip(ColonnesPortrea.Valeurs(lieu))))
            {
                if (champ is not (ChampsStandard.Latitude or ChampsStandard.Longitude))
                {
                    json.WriteString(champ, valeur);
                }
            }

            json.WriteStartArray("portrea_detail_services");
            foreach (var service in lieu.Services)
            {
                json.WriteStartObject();
                json.WriteString("besoin", service.Categorie.Code());
                json.WriteString("nom", service.Nom);
                json.WriteString("service_national", service.ServiceNational);
                json.WriteString("format", service.Format.ToString());
                json.WriteString("tarif", service.Tarif);
                if (service.HeuresHebdomadaires() is { } heures)
                {
                    json.WriteNumber("heures_par_semaine", Math.Round(heures, 2));
                }

                if (service.PersonnesAideesParAn is { } personnes)
                {
                    json.WriteNumber("personnes_aidees_par_an", personnes);
                }

                json.WriteString("horaires", service.Creneaux.Count > 0 ? service.Planning().ToOsm().Texte : null);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
