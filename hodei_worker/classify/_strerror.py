"""The C library's words for the errno values that matter (``strerror``), in English and in the
glibc locales jobs commonly run in, so that a job running with ``LANG=de_DE.UTF-8`` is understood
as well as one running in ``C``: patterns are written against the English texts, and a line's
localised texts are translated before patterns see it.
"""

from __future__ import annotations

import re
from typing import Final

# glibc's strerror texts (2.36), per errno, for C/en and the locales jobs commonly run in
# (de, fr, es, it, pt_BR). Regex-escaped when used.
STRERROR: Final[dict[str, tuple[str, ...]]] = {
    "ENOENT": ("No such file or directory", "Datei oder Verzeichnis nicht gefunden",
               "Aucun fichier ou dossier de ce type", "No existe el fichero o el directorio",
               "File o directory non esistente", "Arquivo ou diretório inexistente",
               "No hay tal fichero", "pas de tel fichier"),  # binutils' own "No such file" (es, fr)
    "EACCES": ("Permission denied", "Keine Berechtigung", "Permission non accordée",
               "Permiso denegado", "Permesso negato", "Permissão negada", "Erlaubnis verweigert"),
    "EPERM": ("Operation not permitted", "Die Operation ist nicht erlaubt", "Opération non permise",
              "Operación no permitida", "Operazione non permessa", "Operação não permitida"),
    "ENOSPC": ("No space left on device", "Auf dem Gerät ist kein Speicherplatz mehr verfügbar",
               "Aucun espace disponible sur le périphérique", "No queda espacio en el dispositivo",
               "Spazio esaurito sul device", "Não há espaço disponível no dispositivo"),
    "EDQUOT": ("Disk quota exceeded", "Der zugewiesene Plattenplatz (Quota) ist überschritten",
               "Débordement du quota d'espace disque", "Se ha excedido la cuota de disco",
               "Quota disco superata", "Cota da disco excedida"),
    "EROFS": ("Read-only file system", "Das Dateisystem ist nur lesbar",
              "Système de fichiers accessible en lecture seulement",
              "Sistema de ficheros de sólo lectura", "File system in sola lettura",
              "Sistema de arquivos somente para leitura"),
    "EIO": ("Input/output error", "Eingabe-/Ausgabefehler", "Erreur d'entrée/sortie",
            "Error de entrada/salida", "Errore di input/output", "Erro de entrada/saída"),
    "ESTALE": ("Stale file handle", "Stale NFS file handle",
               "Veraltete Dateizugriffsnummer (file handle)", "Panne d'accès au fichier",
               "`handle' de fichero en desuso", "Manipulador de arquivo corrompido"),
    "ENOTCONN": ("Transport endpoint is not connected", "Der Socket ist nicht verbunden",
                 "Noeud final de transport n'est pas connecté",
                 "El otro extremo de la conexión no está conectado",
                 "Il socket di destinazione non è connesso",
                 "Ponto final de transporte não está conectado"),
    "EAGAIN": ("Resource temporarily unavailable", "Die Ressource ist zur Zeit nicht verfügbar",
               "Ressource temporairement non disponible", "Recurso no disponible temporalmente",
               "Risorsa temporaneamente non disponibile", "Recurso temporariamente indisponível"),
    "ENOMEM": ("Cannot allocate memory", "Nicht genügend Hauptspeicher verfügbar",
               "Ne peut allouer de la mémoire", "No se pudo asignar memoria",
               "Impossibile allocare memoria", "Não foi possível alocar memória"),
    "ENOEXEC": ("Exec format error", "Fehler im Format der Programmdatei", "Erreur de format pour exec()",
                "Formato de ejecutable incorrecto", "Formato eseguibile non valido",
                "Erro no formato exec"),
    "ENOTDIR": ("Not a directory", "Ist kein Verzeichnis", "N'est pas un dossier", "No es un directorio",
                "Non è una directory", "Não é um diretório"),
    "EFBIG": ("File too large", "Die Datei ist zu groß", "Fichier trop gros", "Fichero demasiado grande",
              "File troppo grande", "Arquivo muito grande"),
    "ENODEV": ("No such device", "Kein passendes Gerät gefunden", "Aucun périphérique de ce type",
               "No existe el dispositivo", "Nessun device corrisponde", "Dispositivo inexistente"),
    "E2BIG": ("Argument list too long", "Die Argumentliste ist zu lang",
              "Liste d'arguments trop longue", "La lista de argumentos es demasiado larga",
              "Elenco degli argomenti troppo lungo", "Lista de argumentos muito longa"),
}


def alternation(texts: set[str]) -> str:
    return "(?:" + "|".join(re.escape(t) for t in sorted(texts, key=len, reverse=True)) + ")"


def any_text(*names: str) -> str:
    """A regex alternation of the English strerror texts of ``names``: lines are translated to
    English (:data:`TRANSLATIONS`) before patterns see them, which keeps the patterns small."""
    return alternation({STRERROR[n][0] for n in names})


def localised(*names: str) -> str:
    """A regex alternation of the strerror texts of ``names`` in every locale."""
    return alternation({t for n in names for t in STRERROR[n]})


TRANSLATIONS: Final[dict[str, str]] = {t.lower(): texts[0] for texts in STRERROR.values()
                                       for t in texts[1:]}
"""Every non-English strerror text (lower case) and the English text it means."""
TRANSLATED: Final = alternation({t for texts in STRERROR.values() for t in texts[1:]})
"""A regex finding any text of :data:`TRANSLATIONS` in a line (matched ignoring case)."""
