// Progressive enhancement of /admin/import: the same form is sent by XMLHttpRequest (whose upload events drive the
// progress bar; fetch has none), and the report of the returned page replaces the current one. Without script the
// form posts normally.
(() => {
  const formulaire = document.getElementById("formulaire-import");
  if (!formulaire) return;
  const zone = document.getElementById("progression");
  const barre = document.getElementById("barre-progression");
  const etape = document.getElementById("etape-progression");
  const etat = document.getElementById("etat-import");

  formulaire.addEventListener("submit", (evenement) => {
    if (!formulaire.reportValidity()) return;
    evenement.preventDefault();
    const donnees = new FormData(formulaire);
    if (evenement.submitter && evenement.submitter.name) donnees.set(evenement.submitter.name, evenement.submitter.value);
    const boutons = formulaire.querySelectorAll("button");
    boutons.forEach((b) => { b.disabled = true; });
    zone.hidden = false;
    barre.value = 0;
    barre.max = 100;
    etape.textContent = "Envoi du fichier";
    etat.textContent = "Envoi du fichier en cours.";

    const requete = new XMLHttpRequest();
    requete.open("POST", formulaire.action || window.location.href);
    requete.responseType = "document";
    requete.upload.addEventListener("progress", (e) => {
      if (e.lengthComputable) barre.value = Math.round((e.loaded / e.total) * 100);
    });
    requete.upload.addEventListener("load", () => {
      // The server now validates the whole file: its duration is unknown, so the bar becomes indeterminate.
      barre.removeAttribute("value");
      etape.textContent = "Validation du fichier par le serveur";
      etat.textContent = "Fichier envoyé ; validation en cours.";
    });
    const terminer = (message) => {
      boutons.forEach((b) => { b.disabled = false; });
      zone.hidden = true;
      etat.textContent = message;
    };
    requete.addEventListener("load", () => {
      const nouveau = requete.response && requete.response.getElementById("rapport");
      const actuel = document.getElementById("rapport");
      if (requete.status === 200 && nouveau && actuel) {
        actuel.replaceWith(nouveau);
        terminer("Rapport disponible.");
        nouveau.focus();
      } else {
        terminer(`L'envoi a échoué (erreur ${requete.status}). Réessayez.`);
      }
    });
    requete.addEventListener("error", () => terminer("L'envoi a échoué : vérifiez votre connexion et réessayez."));
    requete.send(donnees);
  });
})();
