using System;
using System.Collections.Generic;

namespace GdprAnalyzers
{
    /// <summary>
    /// The vocabulary of <see cref="PersonalDataNames"/>: terms per category and language, and the word lists the
    /// matching rules use. All words are lowercase and without diacritics (<see cref="PersonalDataNames.Fold"/>). A term's
    /// words are separated by spaces; it matches identifiers that spell it with or without separators. Prefixes:
    /// <c>~</c> contextual (only in a person or next to a person noun), <c>#</c> also held as a number, <c>@</c> also held
    /// as a date, <c>&amp;</c> also held as an enum, <c>%</c> a special category measurement rather than a flag, <c>!</c>
    /// ambiguous in code, so only with value words around it, <c>$</c> a card's data, only in a payment type, <c>^</c> part
    /// of an address, only alone in an address.
    /// </summary>
    /// <remarks>All static fields live in this file, in dependency order: C# initialises the fields of one file in
    /// textual order, but the order between files of a partial class is not defined.</remarks>
    internal static partial class PersonalDataNames
    {
        /// <summary>The languages of the vocabulary, as ISO 639-1 codes.</summary>
        public static readonly string[] Languages = { "en", "fr", "de", "es", "it", "nl", "pl" };

        private const string FlagPrefixes = "~#@%!&$^";

        /// <summary>Languages whose compounds put the head first (<c>adresse de livraison</c>, <c>numer klienta</c>).</summary>
        private static readonly HashSet<string> HeadFirstLanguages = new(StringComparer.Ordinal) { "fr", "es", "it", "pl" };

        /// <summary>Words that join the parts of a term or a person pair: <c>date of birth</c>, <c>numero de client</c>.</summary>
        private static readonly HashSet<string> Connectors = Set("of", "de", "di", "del", "della", "dello", "du", "des", "d", "da", "do", "la", "le", "el", "l", "van", "y", "e", "i", "und", "en");

        /// <summary>Every term: category, language, spec (with its flag prefixes).</summary>
        private static readonly (ProbableCategory Category, string Language, string[] Specs)[] Vocabulary =
        {
            // ---------------------------------------------------------------- contact
            (ProbableCategory.Contact, "en", new[]
            {
                "email", "e mail", "email address", "mail", "mail address", "electronic mail", "#phone", "#phone number", "#phone no",
                "#telephone", "#telephone number", "#tel", "#tel no", "#mobile", "#mobile number", "#mobile phone", "#cell phone",
                "#cellphone", "#cell number", "#fax", "#fax number", "address", "postal address", "home address", "street",
                "street address", "street name", "#house number", "#house no", "#postcode", "#post code", "#postal code", "#zip",
                "#zip code", "city", "town", "po box", "post office box", "#contact number", "contact email", "contact phone",
                "mailing address", "residential address", "correspondence address", "hardware address", "^#number", "^#no",
                "^#nr", "^county", "^district",
            }),
            (ProbableCategory.Contact, "fr", new[]
            {
                "courriel", "adresse courriel", "adresse mail", "adresse email", "adresse e mail", "adresse electronique",
                "#telephone", "#numero de telephone", "#num tel", "#num telephone", "#no telephone", "#tel portable", "#portable",
                "#telephone portable", "#telephone fixe", "#telecopie", "adresse", "adresse postale", "rue", "nom de rue", "#numero de rue",
                "#code postal", "ville", "#boite postale", "adresse de livraison", "adresse de facturation", "domicile", "coordonnees",
                "#numero de poste", "^#numero", "^#num", "^complement",
            }),
            (ProbableCategory.Contact, "de", new[]
            {
                "e mail adresse", "emailadresse", "mailadresse", "#telefon", "#telefonnummer", "#telefonnr", "#tel nr", "#handy",
                "#handynummer", "#mobilnummer", "#mobiltelefon", "#mobilfunknummer", "#faxnummer", "adresse", "adressen", "anschrift",
                "postanschrift", "strasse", "#hausnummer", "#hausnr", "#postleitzahl", "#plz", "ort", "wohnort", "stadt",
                "lieferadresse", "rechnungsadresse", "wohnadresse", "privatadresse", "#festnetz", "#festnetznummer", "ortsteil",
                "^#nummer", "^str", "^zusatz", "^hausnummerzusatz",
            }),
            (ProbableCategory.Contact, "es", new[]
            {
                "correo", "correo electronico", "direccion de correo", "email", "#telefono", "#numero de telefono", "#num telefono",
                "#tel", "#movil", "#telefono movil", "#celular", "#telefono celular", "direccion", "direccion postal", "calle",
                "#codigo postal", "#cod postal", "ciudad", "^piso", "^departamento", "localidad", "domicilio", "direccion de envio", "direccion de facturacion", "#apartado postal",
            }),
            (ProbableCategory.Contact, "it", new[]
            {
                "posta elettronica", "indirizzo email", "indirizzo mail", "indirizzo di posta", "#telefono", "#numero di telefono",
                "#cellulare", "#numero di cellulare", "indirizzo", "#civico", "#numero civico", "#codice postale",
                "#codice avviamento postale", "citta", "localita", "residenza", "recapito", "indirizzo di spedizione", "^#cap",
                "indirizzo di fatturazione",
            }),
            (ProbableCategory.Contact, "nl", new[]
            {
                "e mailadres", "emailadres", "mailadres", "#telefoon", "#telefoonnummer", "#telnr", "#mobiel", "#mobiel nummer",
                "#mobielnummer", "#gsm", "#gsm nummer", "#faxnummer", "adres", "adressen", "straat", "straatnaam", "#huisnummer",
                "#postcode", "woonplaats", "stad", "postadres", "factuuradres", "afleveradres", "woonadres", "bezorgadres",
                "^toevoeging", "^huisnummertoevoeging", "^plaats", "^#pc",
            }),
            (ProbableCategory.Contact, "pl", new[]
            {
                "adres email", "adres e mail", "adres mailowy", "poczta", "#telefon", "#numer telefonu", "#nr telefonu", "#nr tel",
                "#komorka", "#telefon komorkowy", "#numer komorki", "adres", "adresy", "ulica", "#numer domu", "#nr domu",
                "#kod pocztowy", "miasto", "miejscowosc", "adres zamieszkania", "adres korespondencyjny", "adres dostawy",
                "^#numer", "^#nr lokalu", "^#numer lokalu", "^#nr domu",
            }),

            // ---------------------------------------------------------------- identity
            (ProbableCategory.Identity, "en", new[]
            {
                "first name", "last name", "surname", "family name", "given name", "middle name", "full name", "maiden name",
                "birth name", "nickname", "nick name", "legal name", "preferred name", "~display name", "~name", "~names",
                "#@birth date", "#@date of birth", "#@dob", "#@birthday", "#@birth year", "#@birth month", "birth place", "place of birth",
                "~#age", "~&gender", "~&sex", "&nationality", "&citizenship", "#national id", "#national id number",
                "#national insurance number", "#ni number", "#social security number", "#ssn", "#tax id", "#tax number",
                "#tax identification number", "#taxpayer id", "passport", "#passport number", "#passport no", "#id card",
                "#id card number", "#identity card", "#identity card number", "#identity number", "#id number",
                "#identity document number", "driving licence", "driving license", "driver license", "driver licence",
                "drivers license", "drivers licence", "#driving licence number", "#driving license number", "#driver license number",
                "~photo", "~picture", "~avatar", "~profile picture", "~profile photo", "~signature", "&marital status",
                "username", "user name", "~login", "vat number", "vat id", "vat no", "~initials",
            }),
            (ProbableCategory.Identity, "fr", new[]
            {
                "prenom", "~nom", "nom de famille", "nom complet", "nom de naissance", "nom de jeune fille", "nom d usage", "surnom",
                "#@date de naissance", "#@date naissance", "#@date naiss", "lieu de naissance", "~#age", "&sexe", "~&civilite", "&nationalite",
                "#numero de securite sociale", "#numero secu", "#nir", "#numero fiscal", "passeport", "#numero de passeport",
                "carte d identite", "#numero de carte d identite", "permis de conduire", "#numero de permis", "&situation familiale",
                "#rpps", "numero tva", "numero de tva", "nom d utilisateur",
            }),
            (ProbableCategory.Identity, "de", new[]
            {
                "vorname", "vornamen", "nachname", "familienname", "zuname", "vollname", "vollstandiger name", "geburtsname",
                "rufname", "spitzname", "#@geburtsdatum", "#@geburtstag", "#@geburtsjahr", "geburtsort", "~#alter", "&geschlecht",
                "&staatsangehorigkeit", "&staatsangehoerigkeit", "&nationalitat", "&nationalitaet", "initialen", "ust id", "ustidnr",
                "umsatzsteuer id", "umsatzsteuer identifikationsnummer", "#steuernummer", "#steuer id",
                "#steueridentifikationsnummer", "#steuer identifikationsnummer", "#sozialversicherungsnummer", "#sv nummer",
                "#rentenversicherungsnummer", "reisepass", "#reisepassnummer", "#passnummer", "personalausweis",
                "#personalausweisnummer", "#ausweisnummer", "fuhrerschein", "fuehrerschein", "#fuhrerscheinnummer",
                "#fuehrerscheinnummer", "#ahv nummer", "#ahv", "&familienstand",
            }),
            (ProbableCategory.Identity, "es", new[]
            {
                "~nombre", "apellido", "apellidos", "primer apellido", "segundo apellido", "nombre completo", "nombre de pila", "apodo",
                "#@fecha de nacimiento", "#@fecha nacimiento", "#@fecha nac", "lugar de nacimiento", "~#edad", "&sexo", "~&genero",
                "&nacionalidad", "cedula", "cedula de identidad", "~identificacion", "~rfc", "segundo nombre", "~usuario",
                "nombre de usuario", "#rut", "dni", "!nie", "nif", "#numero de documento", "#documento de identidad", "pasaporte",
                "#numero de pasaporte", "carnet de conducir", "permiso de conducir", "licencia de conducir", "#curp", "#cuil", "#cuit",
                "#numero de seguridad social", "#nss", "&estado civil",
            }),
            (ProbableCategory.Identity, "it", new[]
            {
                "~nome", "cognome", "nome completo", "soprannome", "#@data di nascita", "#@data nascita", "luogo di nascita", "~#eta",
                "&sesso", "&nazionalita", "&cittadinanza", "partita iva", "nome utente", "#codice fiscale", "#cod fiscale", "#codfisc", "passaporto",
                "#numero passaporto", "#numero di passaporto", "carta d identita", "carta di identita", "#numero carta d identita",
                "patente", "patente di guida", "#numero patente", "&stato civile", "tessera sanitaria",
            }),
            (ProbableCategory.Identity, "nl", new[]
            {
                "voornaam", "voornamen", "achternaam", "tussenvoegsel", "volledige naam", "roepnaam", "geboortenaam", "~naam",
                "#@geboortedatum", "geboorteplaats", "~#leeftijd", "&geslacht", "&nationaliteit", "voorvoegsel", "voorvoegsels",
                "voorletters", "btw nummer", "btwnummer", "#bsn", "#burgerservicenummer",
                "#sofinummer", "paspoort", "#paspoortnummer", "rijbewijs", "#rijbewijsnummer", "identiteitskaart",
                "#rijksregisternummer", "&burgerlijke staat",
            }),
            (ProbableCategory.Identity, "pl", new[]
            {
                "imie", "drugie imie", "nazwisko", "imie i nazwisko", "nazwisko panienskie", "pseudonim", "#@data urodzenia",
                "miejsce urodzenia", "~#wiek", "&plec", "&obywatelstwo", "&narodowosc", "nazwa uzytkownika", "#pesel", "#nip", "#numer dowodu",
                "dowod osobisty", "#numer dowodu osobistego", "paszport", "#numer paszportu", "prawo jazdy", "#numer prawa jazdy",
                "&stan cywilny",
            }),

            // ---------------------------------------------------------------- financial
            (ProbableCategory.Financial, "en", new[]
            {
                "card number", "card no", "credit card", "credit card number", "debit card", "debit card number", "cvv", "cvv2", "cvc",
                "card verification code", "card verification value", "card holder", "cardholder", "cardholder name", "iban",
                "account number", "account no", "bank account", "bank account number", "bank details", "salary", "salaries", "wage",
                "wages", "income", "annual income", "monthly income", "gross salary", "net salary", "net worth", "credit score",
                "credit rating", "payslip", "$security number", "$security code", "$#@expiration", "$#@expiry", "$#@expiration date",
                "$#@expiry date", "$#expire month", "$#expire year", "$#expiry month", "$#expiry year", "$#expiration month",
                "$#expiration year", "$#exp month", "$#exp year",
            }),
            (ProbableCategory.Financial, "fr", new[]
            {
                "numero de carte", "numero carte", "numero de carte bancaire", "carte bancaire", "carte de credit", "cryptogramme",
                "titulaire de la carte", "titulaire", "iban", "rib", "numero de compte", "compte bancaire", "salaire", "revenu",
                "revenus", "revenu annuel", "remuneration", "fiche de paie", "$@date d expiration", "$@date expiration",
                "$#code de securite",
            }),
            (ProbableCategory.Financial, "de", new[]
            {
                "kartennummer", "kreditkarte", "kreditkartennummer", "karteninhaber", "prufnummer", "pruefnummer", "iban",
                "kontonummer", "bankverbindung", "bankkonto", "gehalt", "lohn", "einkommen", "jahreseinkommen", "bruttogehalt",
                "nettogehalt", "monatsgehalt", "gehaltsabrechnung", "$@ablaufdatum", "$#sicherheitscode", "$@gultig bis", "$@gueltig bis",
            }),
            (ProbableCategory.Financial, "es", new[]
            {
                "numero de tarjeta", "numero tarjeta", "tarjeta de credito", "titular de la tarjeta", "titular", "iban",
                "numero de cuenta", "cuenta bancaria", "clabe", "salario", "sueldo", "ingresos", "ingreso mensual", "nomina",
                "$@fecha de vencimiento", "$@fecha de expiracion", "$#codigo de seguridad",
            }),
            (ProbableCategory.Financial, "it", new[]
            {
                "numero carta", "numero della carta", "numero di carta", "carta di credito", "intestatario", "titolare della carta",
                "iban", "numero di conto", "numero conto", "conto corrente", "stipendio", "salario", "reddito", "retribuzione",
                "busta paga", "$@data di scadenza", "$@scadenza", "$#codice di sicurezza",
            }),
            (ProbableCategory.Financial, "nl", new[]
            {
                "kaartnummer", "creditcard", "creditcardnummer", "kaarthouder", "iban", "rekeningnummer", "bankrekening",
                "bankrekeningnummer", "salaris", "loon", "inkomen", "brutoloon", "nettoloon", "loonstrook", "$@vervaldatum",
                "$#beveiligingscode",
            }),
            (ProbableCategory.Financial, "pl", new[]
            {
                "numer karty", "karta kredytowa", "posiadacz karty", "iban", "numer konta", "numer rachunku", "rachunek bankowy",
                "wynagrodzenie", "pensja", "dochod", "zarobki", "$@data waznosci", "$#kod bezpieczenstwa",
            }),

            // ---------------------------------------------------------------- online identifiers
            (ProbableCategory.OnlineIdentifier, "en", new[]
            {
                "ip", "ip address", "ipv4", "ipv6", "ipv4 address", "ipv6 address", "client ip", "remote ip", "remote address",
                "mac address", "device id", "device identifier", "advertising id", "advertising identifier", "idfa", "gaid",
                "cookie id", "cookie identifier", "visitor id", "anonymous id", "installation id", "imei", "imsi",
                "device fingerprint", "browser fingerprint", "geolocation", "geo location", "geo position", "geo coordinates",
                "geo coordinate", "gps position", "gps location", "gps coordinates", "latitude", "longitude", "lat", "lng", "lon",
                "current location", "last known location",
            }),
            (ProbableCategory.OnlineIdentifier, "fr", new[]
            {
                "adresse ip", "adresse mac", "identifiant appareil", "id appareil", "identifiant de l appareil", "geolocalisation",
                "coordonnees gps", "position gps",
            }),
            (ProbableCategory.OnlineIdentifier, "de", new[]
            {
                "ipadresse", "ip adresse", "macadresse", "mac adresse", "gerate id", "geraete id", "geratekennung", "geraetekennung",
                "geoposition", "breitengrad", "langengrad", "laengengrad", "gps koordinaten", "gps position",
            }),
            (ProbableCategory.OnlineIdentifier, "es", new[]
            {
                "direccion ip", "direccion mac", "id dispositivo", "id del dispositivo", "identificador del dispositivo",
                "geolocalizacion", "latitud", "!longitud", "coordenadas gps", "posicion gps",
            }),
            (ProbableCategory.OnlineIdentifier, "it", new[]
            {
                "indirizzo ip", "indirizzo mac", "id dispositivo", "identificativo dispositivo", "geolocalizzazione", "latitudine",
                "longitudine", "coordinate gps", "posizione gps",
            }),
            (ProbableCategory.OnlineIdentifier, "nl", new[]
            {
                "ipadres", "ip adres", "macadres", "mac adres", "apparaat id", "apparaatid", "geolocatie", "breedtegraad", "lengtegraad",
                "gps coordinaten", "gps positie",
            }),
            (ProbableCategory.OnlineIdentifier, "pl", new[]
            {
                "adres ip", "adres mac", "id urzadzenia", "identyfikator urzadzenia", "geolokalizacja", "szerokosc geograficzna",
                "dlugosc geograficzna", "wspolrzedne gps", "pozycja gps",
            }),

            // ---------------------------------------------------------------- vehicle
            (ProbableCategory.Vehicle, "en", new[]
            {
                "licence plate", "license plate", "number plate", "plate number", "registration plate", "vehicle registration",
                "vehicle registration number", "car registration", "vin", "vehicle identification number", "chassis number",
                "licence plate number", "license plate number",
            }),
            (ProbableCategory.Vehicle, "fr", new[]
            {
                "immatriculation", "plaque d immatriculation", "numero d immatriculation", "numero de plaque", "numero de chassis",
            }),
            (ProbableCategory.Vehicle, "de", new[]
            {
                "kennzeichen", "kfz kennzeichen", "kfzkennzeichen", "nummernschild", "fahrzeugkennzeichen", "amtliches kennzeichen",
                "fahrgestellnummer", "fahrzeugidentifikationsnummer", "fahrzeug identifikationsnummer",
            }),
            (ProbableCategory.Vehicle, "es", new[]
            {
                "matricula", "matricula del vehiculo", "numero de matricula", "!placa", "numero de placa", "placa del vehiculo",
                "numero de bastidor", "bastidor",
            }),
            (ProbableCategory.Vehicle, "it", new[]
            {
                "targa", "numero di targa", "numero targa", "targa veicolo", "numero di telaio", "numero telaio", "telaio",
            }),
            (ProbableCategory.Vehicle, "nl", new[]
            {
                "kenteken", "kentekenplaat", "kentekennummer", "nummerplaat", "chassisnummer",
            }),
            (ProbableCategory.Vehicle, "pl", new[]
            {
                "numer rejestracyjny", "nr rejestracyjny", "tablica rejestracyjna", "numer vin", "numer nadwozia",
            }),

            // ---------------------------------------------------------------- customer and account numbers
            // Beyond these, a person noun with an identifier word (CustomerId, KundenNr, NumeroCliente): see PersonNouns.
            (ProbableCategory.CustomerNumber, "en", new[]
            {
                "membership number", "member number", "loyalty number", "loyalty card number", "loyalty card", "loyalty code",
                "fidelity code", "fidelity card", "contract number", "policy number",
                "insurance number", "client number", "client no", "account id", "customer ref", "patient number",
            }),
            (ProbableCategory.CustomerNumber, "fr", new[]
            {
                "numero client", "numero de client", "code client", "numero d adherent", "numero adherent", "numero de contrat",
                "numero de police", "numero d abonne", "matricule", "carte fidelite", "numero fidelite", "code fidelite",
            }),
            (ProbableCategory.CustomerNumber, "de", new[]
            {
                "personalnummer", "vertragsnummer", "versicherungsnummer", "versichertennummer", "mitgliedsnummer", "kundenkennung",
            }),
            (ProbableCategory.CustomerNumber, "es", new[]
            {
                "numero de cliente", "codigo de cliente", "numero de socio", "numero de poliza", "numero de contrato", "numero de afiliado",
            }),
            (ProbableCategory.CustomerNumber, "it", new[]
            {
                "codice cliente", "numero cliente", "numero di cliente", "matricola", "numero di polizza", "numero di contratto",
                "numero socio", "codice fidelity", "codice fedelta", "tessera fedelta",
            }),
            (ProbableCategory.CustomerNumber, "nl", new[]
            {
                "klantnummer", "klantnr", "lidnummer", "lidmaatschapsnummer", "polisnummer", "personeelsnummer", "contractnummer",
            }),
            (ProbableCategory.CustomerNumber, "pl", new[]
            {
                "numer klienta", "nr klienta", "numer umowy", "numer polisy", "numer czlonkowski", "numer legitymacji",
            }),

            // ---------------------------------------------------------------- special categories (GDPR Art. 9)
            (ProbableCategory.SpecialCategory, "en", new[]
            {
                "~health", "health data", "health condition", "health record", "health records", "health information", "health info",
                "medical", "medical history", "medical record", "medical records", "medical condition", "medical data",
                "medical notes", "medical report", "medical certificate", "diagnosis", "diagnoses", "disease", "illness", "disability", "disabilities", "allergy", "allergies",
                "medication", "medications", "prescription", "prescriptions", "symptoms", "blood type", "blood group", "pregnancy",
                "pregnant", "mental health", "sick note", "vaccination status", "hiv status", "diabetic", "smoker", "religion",
                "religious belief", "religious beliefs", "faith", "ethnicity", "ethnic origin", "racial origin", "~race",
                "political opinion", "political opinions", "political affiliation", "political party", "trade union",
                "union membership", "trade union membership", "sexual orientation", "sexuality", "sex life", "genetic data",
                "dna", "genome", "genotype", "biometric", "biometrics", "biometric data", "%fingerprint", "fingerprints",
                "face template", "face encoding", "facial features", "facial image", "iris scan", "retina scan", "voiceprint",
                "voice print", "injury", "injuries",
            }),
            (ProbableCategory.SpecialCategory, "fr", new[]
            {
                "~sante", "donnees de sante", "etat de sante", "dossier medical", "antecedents medicaux", "~diagnostic", "maladie",
                "handicap", "allergie", "allergies", "traitement medical", "groupe sanguin", "grossesse", "religion", "confession",
                "opinion politique", "opinions politiques", "appartenance syndicale", "syndicat", "orientation sexuelle", "ethnie",
                "origine ethnique", "origine raciale", "biometrie", "donnees biometriques", "empreinte digitale", "empreintes digitales",
                "donnees genetiques", "blessure", "blessures",
            }),
            (ProbableCategory.SpecialCategory, "de", new[]
            {
                "~gesundheit", "gesundheitsdaten", "gesundheitszustand", "krankengeschichte", "diagnose", "diagnosen", "krankheit",
                "erkrankung", "vorerkrankungen", "behinderung", "schwerbehinderung", "allergie", "allergien", "medikation",
                "medikamente", "blutgruppe", "schwangerschaft", "religion", "konfession", "religionszugehorigkeit",
                "religionszugehoerigkeit", "politische meinung", "parteizugehorigkeit", "parteizugehoerigkeit", "gewerkschaft",
                "gewerkschaftszugehorigkeit", "gewerkschaftszugehoerigkeit", "sexuelle orientierung", "ethnie", "ethnische herkunft",
                "biometrie", "biometrische daten", "fingerabdruck", "genetische daten", "krankenakte", "verletzung", "verletzungen",
            }),
            (ProbableCategory.SpecialCategory, "es", new[]
            {
                "~salud", "datos de salud", "estado de salud", "historia clinica", "historial medico", "~diagnostico", "enfermedad",
                "discapacidad", "alergia", "alergias", "medicacion", "grupo sanguineo", "embarazo", "religion", "creencias religiosas",
                "opinion politica", "opiniones politicas", "afiliacion sindical", "sindicato", "orientacion sexual", "etnia",
                "origen etnico", "origen racial", "biometria", "datos biometricos", "huella dactilar", "huellas dactilares",
                "datos geneticos", "lesion", "lesiones",
            }),
            (ProbableCategory.SpecialCategory, "it", new[]
            {
                "~salute", "dati sanitari", "stato di salute", "cartella clinica", "anamnesi", "diagnosi", "malattia", "disabilita",
                "allergia", "allergie", "farmaci", "gruppo sanguigno", "gravidanza", "religione", "convinzioni religiose",
                "opinione politica", "opinioni politiche", "appartenenza sindacale", "sindacato", "orientamento sessuale", "etnia",
                "origine etnica", "origine razziale", "biometria", "dati biometrici", "impronta digitale", "impronte digitali",
                "dati genetici", "infortunio", "infortuni",
            }),
            (ProbableCategory.SpecialCategory, "nl", new[]
            {
                "~gezondheid", "gezondheidsgegevens", "medisch dossier", "medische gegevens", "diagnose", "ziekte", "handicap",
                "beperking", "allergie", "allergieen", "medicatie", "bloedgroep", "zwangerschap", "religie", "geloof", "godsdienst",
                "politieke voorkeur", "politieke overtuiging", "vakbond", "vakbondslidmaatschap", "seksuele geaardheid", "geaardheid",
                "etniciteit", "etnische afkomst", "biometrie", "biometrische gegevens", "vingerafdruk", "genetische gegevens",
                "blessures",
            }),
            (ProbableCategory.SpecialCategory, "pl", new[]
            {
                "~zdrowie", "stan zdrowia", "dane medyczne", "dokumentacja medyczna", "diagnoza", "choroba", "niepelnosprawnosc",
                "alergia", "alergie", "leki", "grupa krwi", "ciaza", "religia", "wyznanie", "poglady polityczne",
                "przynaleznosc zwiazkowa", "zwiazek zawodowy", "orientacja seksualna", "pochodzenie etniczne", "biometria",
                "dane biometryczne", "odcisk palca", "odciski palcow", "dane genetyczne", "kontuzja", "kontuzje", "uraz", "urazy",
            }),
        };

        /// <summary>Terms that name the same thing in two languages under two categories; a test keeps this empty.</summary>
        internal static readonly List<string> VocabularyConflicts = new();

        private static readonly Dictionary<string, Term> Terms = BuildTerms();

        /// <summary>Person nouns and how they combine: with an identifier word after (<c>CustomerId</c>) or before
        /// (<c>IdCliente</c>), with a name word after (<c>CustomerName</c>) or before (<c>NomClient</c>), and whether a type
        /// of that name is a person. German and Dutch linking forms (<c>Kunden</c>, <c>gebruikers</c>) and Polish genitives
        /// (<c>klienta</c>) are listed as they appear in identifiers.</summary>
        private static readonly Dictionary<string, PersonNoun> PersonNouns = BuildPersonNouns();

        /// <summary>Words that, after or before a person noun, make an identifier of that person.</summary>
        private static readonly HashSet<string> IdWords = Set(
            "id", "ids", "identifier", "number", "no", "nr", "num", "code", "ref", "reference", "key", "guid", "uuid",
            "numero", "identifiant", "nummer", "kennung", "nummern", "identificador", "codigo", "codice", "identificativo",
            "numer", "kod", "identyfikator", "nro");

        /// <summary>The identifier words that make an account's identifier a person's: <c>AccountId</c>, but not
        /// <c>AccountKey</c> (a storage credential) or <c>AccountCode</c> (a ledger account).</summary>
        private static readonly HashSet<string> AccountIdWords = Set("id", "ids", "identifier", "number", "no", "nr", "num", "guid");

        /// <summary>Words that, next to a person noun, make that person's name.</summary>
        private static readonly HashSet<string> NameWords = Set("name", "names", "nom", "nombre", "nome", "naam", "nazwa", "namen", "imie");

        /// <summary>One-word compounds whose head is a contact term (German, Dutch, and English written without separators).</summary>
        private static readonly KeyValuePair<string, Term>[] CompoundHeads =
        {
            Head("telefonnummer", ProbableCategory.Contact, TermFlags.Numeric),
            Head("telefoonnummer", ProbableCategory.Contact, TermFlags.Numeric),
            Head("phonenumber", ProbableCategory.Contact, TermFlags.Numeric),
            Head("adresse", ProbableCategory.Contact, TermFlags.None),
            Head("adressen", ProbableCategory.Contact, TermFlags.None),
            Head("anschrift", ProbableCategory.Contact, TermFlags.None),
            Head("telefon", ProbableCategory.Contact, TermFlags.Numeric),
            Head("telefoon", ProbableCategory.Contact, TermFlags.Numeric),
            Head("adres", ProbableCategory.Contact, TermFlags.None),
            Head("address", ProbableCategory.Contact, TermFlags.None),
            Head("phone", ProbableCategory.Contact, TermFlags.Numeric),
            Head("email", ProbableCategory.Contact, TermFlags.None),
        };

        /// <summary>The rest of a one-word compound that makes it technical: <c>Serveradresse</c>, <c>webadres</c>,
        /// <c>microphone</c>.</summary>
        private static readonly HashSet<string> TechnicalCompoundParts = Set(
            "server", "web", "speicher", "netz", "netzwerk", "basis", "ziel", "geraete", "gerate", "internet", "geheugen",
            "netwerk", "micro", "head", "ear", "mega", "saxo", "xylo", "gramo", "smart", "i", "speaker", "tele", "video", "homo",
            "allo", "ortho", "mac", "ip", "hw", "franco", "anglo", "sino", "hispano", "inter", "lusophone");

        /// <summary>Words before a term that make it technical or test data: <c>ServerAddress</c>, <c>ListenIp</c>,
        /// <c>SupportEmail</c>, <c>DefaultCity</c>, <c>CellAddress</c>, <c>CertificateFingerprint</c>, <c>MasterFingerprint</c>
        /// (a wallet's key).</summary>
        private static readonly HashSet<string> TechnicalLeading = Set(
            "server", "servers", "host", "hosts", "local", "localhost", "listen", "listening", "bind", "binding", "base", "memory",
            "mem", "start", "end", "proxy", "gateway", "dns", "smtp", "imap", "pop3", "ftp", "sftp", "ldap", "web", "url", "uri",
            "hex", "multicast", "broadcast", "loopback", "subnet", "network", "contract", "socket", "endpoint", "api", "service",
            "cell", "range", "sheet", "register", "block", "pointer", "buffer", "stack", "heap", "instruction", "program", "entry",
            "load", "jump", "virtual", "bluetooth", "ble", "wallet", "lightning", "bitcoin", "btc", "crypto", "deposit", "onchain", "device", "sensor", "peripheral", "modbus", "i2c", "plc",
            "support", "noreply", "helpdesk", "hotline", "system", "admin", "administrator", "webmaster", "postmaster",
            "default", "defaults", "sample", "example", "test", "dummy", "fake", "mock", "stub", "placeholder", "valid", "invalid",
            "regex", "regexp", "format", "validate", "parse", "allowed", "blocked", "whitelisted", "trusted", "internal",
            "certificate", "cert", "key", "ssh", "pgp", "gpg", "tls", "root", "master", "file", "content", "company", "organisation", "organization", "org",
            "tenant", "vendor", "supplier", "merchant", "shop", "store", "branch", "warehouse", "hq", "alert", "alerts", "from", "reply", "sender", "bounce", "db", "database", "sql", "mongo", "redis", "queue", "kafka",
            "class", "type", "method", "property", "field", "column", "table", "schema", "assembly", "namespace", "machine",
            "computer", "container", "bucket", "blob", "resource", "project", "app", "application", "product", "item", "brand",
            "role", "group", "team", "department", "category", "tag", "event", "job", "task", "claim", "policy", "header",
            "cookie", "parameter", "param", "arg", "argument", "template", "variable", "config", "setting", "settings", "option",
            "options", "env", "environment", "target", "theme", "font", "color",
            "colour", "image", "icon", "music", "song", "game", "level", "map", "node", "vertex", "edge", "graph", "tree",
            "router", "switch", "serveur", "dienst", "servidor", "server", "stats", "statistics", "average",
            "avg", "median", "mean", "sum", "min", "max", "minimum", "maximum",
            // Heads that come first in French, Spanish, Italian, Polish (TipoIndirizzo, PlantillaCorreo, ModeleCourriel).
            "template", "tipo", "typ", "rodzaj", "soort", "formato", "formaat", "plantilla", "modele", "modello", "vorlage",
            "sjabloon", "szablon", "servicio", "servizio", "usluga", "validateur", "validador", "validatore", "walidator",
            "configuracion", "configurazione", "konfiguracja", "parametre", "parametro", "mensaje", "messaggio", "fichier",
            "archivo", "plik", "champ", "campo", "pole", "etiqueta", "etichetta", "libelle", "longueur", "lunghezza", "estado",
            "stato", "etat", "statut", "status",
            // An organisation's own contact data (Firmenadresse, Lieferantentelefon, bedrijfsadres, FilialTelefon).
            "firmen", "firma", "unternehmens", "lieferanten", "lieferant", "filial", "filiale", "filialen", "bedrijfs",
            "bedrijf", "winkel", "leveranciers", "leverancier", "vestigings", "organisaties", "entreprise", "societe",
            "empresa", "azienda", "aziendale", "sklepu");

        /// <summary>Words before a term that make a count: <c>EmailCount</c> is caught after, these before.</summary>
        private static readonly HashSet<string> CountLeading = Set(
            "count", "total", "anzahl", "aantal", "liczba", "ilosc", "cantidad", "quantita", "nb");

        /// <summary>Words after a term that make the name about another thing: a flag, a format, a service, a count, an
        /// identifier of a non-person thing, a message. In all languages (English words are used everywhere).</summary>
        private static readonly HashSet<string> ExcludedTrailing = Set(
            // Flags and states.
            "confirmed", "confirmation", "confirm", "verified", "verification", "verify", "validated", "validation", "valid",
            "invalid", "enabled", "disabled", "enable", "disable", "required", "optional", "allowed", "visible", "hidden",
            "changed", "updated", "exists", "status", "state", "mode", "is", "opt", "optin", "optout", "consent", "consented",
            "public", "shared", "sent", "received", "opened", "clicked", "bounced", "delivered", "failed", "attempts", "attempt",
            "retries", "retry", "error", "errors", "exception", "success", "at", "on", "date", "time", "timestamp",
            "expiry", "expires", "expiration", "reset", "change",
            // Kinds, formats, tooling.
            "type", "types", "kind", "kinds", "family", "format", "formats", "formatter", "formatting", "validator",
            "validators", "pattern", "patterns", "regex", "regexp", "mask", "template", "templates", "service", "services",
            "sender", "provider", "providers", "client", "handler", "factory", "builder", "helper", "helpers", "util", "utils",
            "utility", "utilities", "parser", "converter", "mapper", "mapping", "mappings", "repository", "repo", "controller",
            "manager", "store", "queue", "topic", "channel", "endpoint", "settings", "setting", "options", "option", "config",
            "configuration", "policy", "attribute", "attr", "property", "prop", "column", "col", "field", "fields", "header",
            "headers", "label", "placeholder", "hint", "tooltip", "caption", "message", "messages", "subject", "body", "content",
            "html", "job", "jobs", "task", "event", "events", "notification", "notifications", "campaign", "campaigns",
            "newsletter", "archive", "file", "files", "path", "stream", "entry", "entries", "index", "idx", "offset", "category",
            "level", "scope", "claim", "claims", "uri", "url", "link", "links", "response", "request", "dto", "model", "view",
            "component", "control", "box", "button", "textbox", "editor", "picker", "selector", "lookup", "filter", "sort",
            "comparer", "comparison", "resolver", "generator", "cache", "check", "checker", "checks", "test", "tests", "spec",
            "example", "examples", "sample", "samples", "default", "defaults", "table", "schema", "domain", "server", "host",
            "port", "protocol", "scheme", "encoding", "culture", "locale", "language", "length", "len", "size", "count", "counts",
            "limit", "limits", "max", "min", "maximum", "minimum", "range", "ranges", "metadata", "meta", "book", "registry",
            "rule", "rules", "constraint", "token", "tokens", "otp", "pin", "code", "codes", "key", "keys", "id", "ids",
            "identifier", "identifiers", "column", "prefix", "separator", "delimiter", "extractor", "lookup", "resolution",
            "search", "query", "queries", "matcher", "match", "parsing", "input", "output", "converter", "serializer",
            "deserializer", "reader", "writer", "printer", "listener", "observer", "watcher", "monitor", "probe", "report",
            "reports", "analysis", "analyzer", "analyser", "detector", "detection", "classifier", "scanner",
            "plugin", "module", "library", "lib", "package", "version", "api", "sdk", "source", "target", "map", "dictionary",
            "builder", "base", "field", "width", "height", "position", "offset",
            "weather", "forecast", "reminder", "reminders", "preference", "preferences", "group", "groups", "pool", "tab",
            "page", "screen", "form", "section", "step", "wizard", "dialog", "modal", "popup", "panel", "widget", "card",
            "tile", "badge", "icon", "image", "avatar", "style", "css", "class", "resource", "resources", "string", "strings",
            "localization", "localisation", "translation", "translations", "alias", "aliases", "lock", "mutex", "semaphore",
            "counter", "metric", "metrics", "histogram", "gauge", "span", "trace", "log", "logger", "logging", "audit",
            "delta", "diff", "patch", "migration", "seed", "fixture", "fixtures", "mock", "stub", "fake",
            "dummy", "generator", "bot", "agent", "worker", "scheduler", "timer", "trigger", "hook", "webhook", "callback",
            "delegate", "func", "action", "command", "commands", "handler", "middleware", "filter", "guard", "permission",
            "permissions", "role", "roles", "scope", "scopes", "quota", "usage", "billing", "plan", "tier", "feature",
            "features", "flag", "flags", "toggle", "switch", "visibility", "privacy", "security", "encryption", "cipher",
            "algorithm", "salt", "iv", "nonce", "signature", "signing", "certificate", "cert", "check", "health", "ping",
            "lookup", "geocoder", "geocoding", "autocomplete", "suggestion", "suggestions", "completion", "normalizer",
            "normaliser", "sanitizer", "sanitiser", "masker", "redactor", "hasher", "encryptor", "decryptor",
            // French, German, Spanish, Italian, Dutch, Polish equivalents.
            "tipo", "typ", "soort", "rodzaj", "formato", "formaat", "plantilla", "modele", "modello", "vorlage", "sjabloon",
            "szablon", "valide", "valido", "gultig", "gueltig", "geldig", "poprawny", "confirme", "confirmado", "confermato",
            "bestatigt", "bestaetigt", "bevestigd", "potwierdzony", "verifie", "verificado", "verificato", "verifiziert",
            "geverifieerd", "zweryfikowany", "obligatoire", "requis", "obligatorio", "obbligatorio", "pflicht", "verplicht",
            "wymagany", "longueur", "taille", "laenge", "lange", "lengte", "lunghezza", "dlugosc", "champ", "campo", "feld",
            "veld", "pole", "libelle", "etiqueta", "etichetta", "statut", "etat", "estado", "stato", "zustand", "servicio",
            "servizio", "dienst", "usluga", "anzahl", "aantal", "liczba", "cantidad", "configuracion",
            "configurazione", "konfiguration", "konfiguracja", "einstellung", "einstellungen", "instelling", "instellingen",
            "ustawienia", "parametre", "parametro", "mensaje", "messaggio", "nachricht", "bericht", "wiadomosc", "asunto",
            "oggetto", "betreff", "onderwerp", "temat", "sujet", "objet", "validateur", "validador", "validatore", "validierung",
            "prufung", "pruefung", "controle", "controllo", "comprobacion", "sprawdzenie", "verifica", "verificacion",
            "envoye", "enviado", "inviato", "gesendet", "verzonden", "wyslany", "erreur", "error", "errore", "fehler", "fout",
            "blad", "fichier", "archivo", "datei", "bestand", "plik", "serveur", "servidor", "serwer", "serwera", "web",
            "memoire", "memoria", "pamieci", "rete", "red", "reseau", "sieci",
            // An organisation's own contact data, in head-first order (AdresseEntreprise, TelefonoEmpresa, AdresFirmy).
            "entreprise", "societe", "fournisseur", "magasin", "boutique", "agence", "etablissement", "empresa", "proveedor",
            "tienda", "sucursal", "establecimiento", "oficina", "azienda", "aziendale", "fornitore", "negozio", "societa",
            "ditta", "ufficio", "firmy", "sklepu", "dostawcy", "przedsiebiorstwa", "oddzialu", "organizacji");

        /// <summary>Adjectives that come before a head-first term: <c>NouvelleAdresse</c>, <c>NuevoCorreo</c>.</summary>
        private static readonly HashSet<string> LeadingAdjectives = Set(
            "nouveau", "nouvelle", "ancien", "ancienne", "autre", "nuevo", "nueva", "antiguo", "antigua", "otro", "otra", "nuovo",
            "nuova", "vecchio", "vecchia", "altro", "altra", "nowy", "nowa", "nowe", "stary", "stara", "inny", "inna", "premier",
            "premiere", "primer", "primero", "primera", "primo", "prima", "pierwszy", "deuxieme", "segundo", "segunda", "secondo",
            "seconda", "drugi", "druga", "mon", "ma", "mi", "mio", "mia", "moj", "moja", "votre", "su", "suo", "sua");

        /// <summary>Words that make the name of an <c>IPAddress</c>, <c>MailAddress</c> or value object technical.</summary>
        private static readonly HashSet<string> TechnicalNameWords = Set(
            "server", "servers", "host", "local", "localhost", "listen", "listening", "bind", "binding", "gateway", "dns", "proxy",
            "loopback", "broadcast", "multicast", "subnet", "mask", "netmask", "router", "smtp", "ntp", "dhcp", "nameserver",
            "support", "noreply", "admin", "system", "test", "sample", "default", "from", "sender", "bounce", "postmaster",
            "webmaster", "any", "none", "serveur", "servidor", "serwer");

        /// <summary>Words after a term that keep it a value of the same thing: <c>EmailHash</c>, <c>AddressLine1</c>,
        /// <c>PhoneMobile</c>, <c>CityName</c>, <c>BirthDateUtc</c> is excluded by <c>utc</c> only as a time, so it is listed
        /// here.</summary>
        private static readonly HashSet<string> ValueWords = Set(
            "value", "values", "val", "text", "txt", "str", "raw", "normalized", "normalised", "norm", "hash", "hashed", "hmac",
            "digest", "encrypted", "enc", "encoded", "ciphertext", "protected", "masked", "obfuscated", "plain", "plaintext",
            "formatted", "display", "full", "line", "lines", "number", "numbers", "no", "nr", "num", "digits", "last4", "last",
            "ext", "home", "work", "private", "business", "office", "mobile", "cell", "personal", "primary", "secondary", "alt",
            "alternate", "alternative", "other", "main", "second", "new", "old", "original", "current", "previous", "prev",
            "name", "names", "local", "part", "upper", "lower", "lowercase", "uppercase", "trimmed", "clean", "cleaned",
            "canonical", "e164", "international", "national", "landline", "fixed", "day", "month", "year", "place", "country",
            "privat", "geschaftlich", "geschaeftlich", "dienstlich", "mobil", "festnetz", "prive", "zakelijk", "werk", "thuis",
            "1", "2", "3", "one", "two", "utc", "extension");

        /// <summary>Words that may precede a contextual term in a person: <c>Customer.FullName</c>,
        /// <c>Patient.CurrentAge</c>.</summary>
        private static readonly HashSet<string> ContextualModifiers = Set(
            "full", "first", "last", "given", "legal", "official", "real", "current", "actual", "exact", "public", "short",
            "long", "official", "preferred", "primary", "known");

        /// <summary>Technical suffixes of type names: <c>CustomerDto</c>, <c>PatientViewModel</c>, <c>UserEntity</c>.</summary>
        private static readonly HashSet<string> TypeSuffixes = Set(
            "dto", "dtos", "model", "models", "view", "vm", "entity", "entities", "record", "records", "request", "response",
            "command", "query", "input", "output", "form", "data", "info", "information", "details", "detail", "summary", "row",
            "document", "doc", "resource", "payload", "message", "item", "base", "poco", "json", "api", "db", "table", "args",
            "event", "created", "updated", "registered", "changed", "deleted", "edit", "create", "update", "new", "read", "write",
            "result", "export", "import", "snapshot", "aggregate", "root", "contract", "schema", "type", "impl", "v1", "v2", "arg",
            "1", "2", "data", "daten", "gegevens", "dane", "datos", "dati", "donnees");

        /// <summary>Organisations and their places: a type named with one of these holds a legal person's data. The
        /// noun is the last word of the name (<c>Company</c>, <c>WarehouseDto</c>, <c>Lieferant</c>); in French, Spanish,
        /// Italian and Polish it may also be the first (<see cref="HeadFirstOrganisationNouns"/>).</summary>
        private static readonly HashSet<string> OrganisationNouns = Set(
            "company", "companies", "organisation", "organisations", "organization", "organizations", "org", "store", "stores",
            "shop", "shops", "supplier", "suppliers", "vendor", "vendors", "merchant", "merchants", "warehouse", "warehouses",
            "branch", "branches", "office", "offices", "venue", "venues", "hotel", "hotels", "hostel", "restaurant",
            "restaurants", "business", "businesses", "firm", "firms", "agency", "agencies", "institution", "institutions",
            "school", "schools", "university", "hospital", "hospitals", "clinic", "clinics", "pharmacy", "pharmacies",
            "library", "libraries", "museum", "dormitory", "facility", "facilities", "dealer", "dealers", "dealership",
            "manufacturer", "manufacturers", "brand", "carrier", "carriers", "tenant", "partner", "employer", "entreprise",
            "entreprises", "societe", "magasin", "boutique", "agence", "fournisseur", "fournisseurs", "etablissement",
            "unternehmen", "firma", "firmen", "gesellschaft", "geschaft", "geschaeft", "laden", "filiale", "filialen",
            "lieferant", "lieferanten", "niederlassung", "einrichtung", "arbeitgeber", "krankenhaus", "bibliothek", "schule",
            "apotheke", "empresa", "empresas", "tienda", "tiendas", "proveedor", "proveedores", "sucursal", "establecimiento",
            "oficina", "oficinas", "azienda", "aziende", "negozio", "negozi", "fornitore", "fornitori", "societa", "ditta",
            "albergo", "alberghi", "ufficio", "bedrijf", "bedrijven", "winkel", "winkels", "leverancier", "leveranciers",
            "vestiging", "organisatie", "werkgever", "ziekenhuis", "bibliotheek", "sklep", "dostawca", "dostawcy", "oddzial",
            "przedsiebiorstwo", "pracodawca", "biblioteka", "szpital", "akademik", "biuro", "apteka", "szkola",
            // Places that are not a data subject's: a city, a street, a region (a City's postcode is reference data).
            "city", "cities", "town", "towns", "street", "streets", "region", "regions", "province", "country", "countries",
            "municipality", "ville", "villes", "commune", "stadt", "strasse", "gemeinde", "ciudad", "ciudades", "calle",
            "municipio", "provincia", "citta", "comune", "stad", "straat", "gemeente", "miasto", "ulica", "gmina");

        /// <summary>Organisations and places in French, Spanish, Italian and Polish, whose head comes first:
        /// <c>CentroSalud</c>, <c>OficinaCentral</c>, <c>NegozioOnline</c>, <c>SklepInternetowy</c>.</summary>
        private static readonly HashSet<string> HeadFirstOrganisationNouns = Set(
            "entreprise", "entreprises", "societe", "magasin", "boutique", "agence", "fournisseur", "fournisseurs",
            "etablissement", "bureau", "hopital", "clinique", "ecole", "bibliotheque", "centre", "pharmacie", "mairie",
            "empresa", "empresas", "tienda", "tiendas", "proveedor", "proveedores", "sucursal", "establecimiento", "oficina",
            "oficinas", "centro", "centros", "hospital", "clinica", "escuela", "colegio", "biblioteca", "farmacia", "azienda",
            "aziende", "negozio", "negozi", "fornitore", "fornitori", "societa", "ditta", "ufficio", "uffici", "albergo",
            "alberghi", "ospedale", "scuola", "sede", "filiale", "sklep", "sklepy", "dostawca", "dostawcy", "oddzial",
            "przedsiebiorstwo", "biuro", "szpital", "szkola", "akademik", "apteka");

        /// <summary>Configuration types: <c>SmtpSettings</c>, <c>EmailConfig</c>, <c>JwtOptions</c>. Their user names and
        /// addresses are the application's accounts, unless the type is a person's (<c>UserSettings</c>,
        /// <c>AccountOptions</c>, <c>NotificationPreferences</c>).</summary>
        private static readonly HashSet<string> ConfigurationNouns = Set(
            "settings", "setting", "options", "config", "configs", "configuration", "configurations", "konfiguration",
            "einstellungen", "instellingen", "ustawienia", "parametres", "configuracion", "configurazione", "impostazioni",
            "konfiguracja");

        /// <summary>Words that say which system a configuration type configures (<c>EmailSettings</c>,
        /// <c>SendGridOptions</c>), beyond the technical words of <see cref="TechnicalLeading"/>.</summary>
        private static readonly HashSet<string> ConfiguredSystems = Set(
            "email", "e", "mail", "mailer", "mailing", "sms", "jwt", "auth", "authentication", "oauth", "openid", "identity",
            "storage", "logging", "log", "claims", "headers", "json", "cookies", "twilio", "sendgrid", "mailgun", "mailjet", "azure", "aws", "s3", "google", "stripe",
            "paypal", "messaging", "push", "firebase", "rabbit", "rabbitmq", "elastic", "elasticsearch", "seq", "cors",
            "swagger", "http", "rest", "grpc", "hangfire", "cloud", "minio", "recaptcha", "captcha", "connection",
            "connections", "site", "global", "general", "main", "my", "mongo", "mongodb", "cosmos", "postgres", "mysql",
            "sqlserver", "keycloak", "auth0", "okta", "ldap", "ad", "cdn", "upload", "uploads", "export", "import", "report",
            "reporting", "notification", "notifications", "outbox", "inbox", "mailbox", "correo", "posta", "poczta");

        /// <summary>Address types: <c>Address</c>, <c>ShippingAddress</c>, <c>Anschrift</c>.</summary>
        private static readonly HashSet<string> AddressNouns = Set(
            "address", "addresses", "adresse", "adressen", "anschrift", "direccion", "domicilio", "indirizzo", "adres", "adressen",
            "adresy", "location");

        /// <summary>Members that name a person's first or last name (their declaring type is a person record).</summary>
        private static readonly HashSet<string> PersonNameKeys = Set(
            "firstname", "lastname", "surname", "givenname", "familyname", "middlename", "maidenname", "prenom", "nomdefamille",
            "vorname", "nachname", "familienname", "apellido", "apellidos", "primerapellido", "segundoapellido", "cognome",
            "voornaam", "achternaam", "tussenvoegsel", "imie", "nazwisko");

        /// <summary>Members that name a card number (their declaring type holds card data).</summary>
        private static readonly HashSet<string> CardNumberKeys = Set(
            "cardnumber", "creditcardnumber", "cardno", "cardnum", "numerodecarte", "numerocarte", "kartennummer",
            "kreditkartennummer", "numerodetarjeta", "numerotarjeta", "numerocarta", "numerodicarta", "kaartnummer",
            "creditcardnummer", "numerkarty", "cardholdername", "cardholder");

        /// <summary>Members that name part of a postal address (two make the declaring type an address).</summary>
        private static readonly HashSet<string> AddressPartKeys = Set(
            "street", "streetname", "streetaddress", "address", "addressline", "housenumber", "postcode", "postalcode", "zip",
            "zipcode", "zippostalcode", "city", "town", "strasse", "hausnummer", "plz", "postleitzahl", "ort", "wohnort", "stadt",
            "rue", "codepostal", "ville", "calle", "codigopostal", "ciudad", "civico", "numerocivico", "citta", "straat",
            "straatnaam", "huisnummer", "woonplaats", "ulica", "kodpocztowy", "miasto", "miejscowosc", "numerdomu");

        /// <summary>Members that name a server to connect to (with a <see cref="ServerSecurityKeys"/> member, the
        /// declaring type holds a server connection's settings or account: <c>EmailAccount</c>, <c>MailboxSettings</c>).</summary>
        private static readonly HashSet<string> ServerHostKeys = Set(
            "host", "hostname", "hostaddress", "server", "servername", "serveraddress", "serverhost", "smtp", "smtpserver",
            "smtphost", "smtpaddress", "imapserver", "imaphost", "pop3server", "pop3host", "pop3", "imap", "mailserver",
            "mailhost", "outgoingserver", "incomingserver", "ldapserver", "ldaphost", "ftpserver", "ftphost", "serveur",
            "servidor", "serwer");

        /// <summary>Members that say how to connect to a server: its port and transport security.</summary>
        private static readonly HashSet<string> ServerSecurityKeys = Set(
            "port", "serverport", "smtpport", "imapport", "pop3port", "hostport", "ssl", "enablessl", "usessl", "requiressl",
            "sslenabled", "tls", "enabletls", "usetls", "starttls", "usestarttls", "securesocketoptions", "securityprotocol",
            "usedefaultcredentials", "puerto", "porta", "poort");

        /// <summary>Words after an organisation noun that keep the type the organisation's: <c>StoreLocation</c>,
        /// <c>CompanyAddress</c>, <c>SupplierDetails</c>.</summary>
        private static readonly HashSet<string> PlaceWords = Set(
            "location", "locations", "address", "addresses", "site", "contact", "details", "detail", "info", "information",
            "profile", "adresse", "standort", "direccion", "indirizzo", "adres", "sede");

        /// <summary>Payments and cards: a type named with one of these holds a card's security number and expiry.</summary>
        private static readonly HashSet<string> PaymentNouns = Set(
            "payment", "payments", "billing", "paiement", "pago", "pagamento", "zahlung", "betaling", "platnosc");

        /// <summary>Cards: a type named with one of these holds a card's security number and expiry, whatever else its
        /// name says (<c>CardDetails</c>, <c>CheckoutCard</c>, <c>Kreditkarte</c>).</summary>
        private static readonly HashSet<string> CardNouns = Set(
            "card", "cards", "creditcard", "creditcards", "debitcard", "carte", "cartes", "tarjeta", "tarjetas", "carta",
            "karte", "karten", "kreditkarte", "kaart", "kaarten", "karta", "karty");

        /// <summary>Things a payment word may qualify that have an expiry of their own, not a card's:
        /// <c>PaymentRequest.Expiry</c>, <c>PaymentLink.Expiration</c>, <c>CheckoutSession.ExpiresAt</c>.</summary>
        private static readonly HashSet<string> NotCardPaymentWords = Set(
            "request", "requests", "invoice", "invoices", "checkout", "checkouts", "session", "sessions", "token", "tokens",
            "link", "links", "subscription", "subscriptions", "code", "codes", "plan", "plans", "intent", "intents", "offer",
            "offers", "quote", "quotes", "reminder", "reminders", "schedule", "window", "deadline", "voucher", "vouchers",
            "coupon", "coupons", "lock", "reservation");

        /// <summary>Payment networks whose addresses are payment handles, not postal addresses: <c>LightningAddress</c>,
        /// <c>BitcoinAddress</c>, <c>DepositAddress</c>.</summary>
        private static readonly HashSet<string> PaymentAddressWords = Set(
            "lightning", "ln", "lnurl", "bitcoin", "btc", "crypto", "cryptocurrency", "wallet", "deposit", "onchain", "ethereum",
            "eth", "blockchain", "payout", "receiving", "multisig", "segwit", "taproot", "xpub", "derivation");

        /// <summary>Payment objects that an address may qualify, as the address they are paid to: <c>AddressInvoice</c>,
        /// <c>AddressTransaction</c>, <c>AddressUtxo</c>.</summary>
        private static readonly HashSet<string> AddressPaymentObjects = Set(
            "invoice", "invoices", "transaction", "transactions", "tx", "txs", "utxo", "utxos", "balance", "balances");

        /// <summary>Access-control objects of an identity provider: <c>Identity</c> before one of these names an OpenID
        /// Connect scope or resource (<c>IdentityResource</c>, <c>IdentityApi</c>), not a person.</summary>
        private static readonly HashSet<string> AccessControlNouns = Set(
            "resource", "resources", "api", "apis", "scope", "scopes", "client", "clients", "role", "roles", "claim", "claims",
            "permission", "permissions", "grant", "grants", "provider", "providers");

        /// <summary>A person noun and an identifier word that together name something else: a <c>UserCode</c> is the
        /// one-time code a user types at a device (OAuth device flow, RFC 8628 <c>user_code</c>) or a verification code,
        /// not the user's identifier. <c>CustomerCode</c> stays a customer number (ERP codes of customers).</summary>
        private static readonly HashSet<string> NotPersonIdentifierPairs = Set("usercode", "usercodes", "usercodigo");

        /// <summary>Person nouns that may name a type whose members are a person's, beyond <see cref="PersonNouns"/>.</summary>
        private static readonly HashSet<string> PersonContainers = BuildPersonContainers();

        private static KeyValuePair<string, Term> Head(string head, ProbableCategory category, TermFlags flags) =>
            new(head, new Term(category, flags | TermFlags.HeadLast, head));

        private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);

        private static Dictionary<string, Term> BuildTerms()
        {
            var terms = new Dictionary<string, Term>(2048, StringComparer.Ordinal);
            foreach ((ProbableCategory category, string language, string[] specs) in Vocabulary)
            {
                foreach (string spec in specs)
                {
                    TermFlags flags = HeadFirstLanguages.Contains(language) ? TermFlags.HeadFirst : TermFlags.HeadLast;
                    int at = 0;
                    while (at < spec.Length && FlagPrefixes.IndexOf(spec[at]) >= 0)
                    {
                        flags |= spec[at] switch
                        {
                            '~' => TermFlags.Contextual,
                            '#' => TermFlags.Numeric,
                            '@' => TermFlags.Date,
                            '!' => TermFlags.Alone,
                            '&' => TermFlags.Enumerated,
                            '$' => TermFlags.Card,
                            '^' => TermFlags.AddressPart,
                            _ => TermFlags.Measurement,
                        };
                        at++;
                    }

                    string display = spec.Substring(at);
                    string[] words = display.Split(' ');
                    AddTerm(terms, string.Concat(words), new Term(category, flags, display));

                    // Without connectors too: "date de naissance" also as DateNaissance, "carte d identite" as CarteIdentite.
                    var kept = new List<string>(words.Length);
                    foreach (string word in words)
                    {
                        if (!Connectors.Contains(word))
                        {
                            kept.Add(word);
                        }
                    }

                    if (kept.Count != words.Length && kept.Count > 0)
                    {
                        AddTerm(terms, string.Concat(kept), new Term(category, flags, display));
                    }
                }
            }

            // German and Dutch one-word compounds of a person noun and an identifier or name word: Kundennummer, KundenNr,
            // Benutzername, klantnummer, gebruikersnaam.
            string[] compoundPersons =
            {
                "kunden", "kunde", "benutzer", "nutzer", "mitarbeiter", "mitglieds", "patienten", "versicherten", "abonnenten",
                "bewerber", "schuler", "schueler", "klant", "klanten", "gebruiker", "gebruikers", "medewerker", "medewerkers",
                "werknemer", "werknemers", "abonnee", "patient", "patienten", "leerling", "deelnemer", "deelnemers",
            };
            string[] compoundIds = { "nummer", "nr", "id", "kennung", "code", "nummern" };
            string[] compoundNames = { "name", "naam", "namen" };
            foreach (string person in compoundPersons)
            {
                foreach (string id in compoundIds)
                {
                    AddTerm(terms, person + id, new Term(ProbableCategory.CustomerNumber, TermFlags.Numeric | TermFlags.HeadLast, person + id));
                }

                foreach (string name in compoundNames)
                {
                    AddTerm(terms, person + name, new Term(ProbableCategory.Identity, TermFlags.HeadLast, person + name));
                }
            }

            return terms;
        }

        private static void AddTerm(Dictionary<string, Term> terms, string key, Term term)
        {
            if (terms.TryGetValue(key, out Term existing))
            {
                if (existing.Category != term.Category)
                {
                    VocabularyConflicts.Add(key + ": " + existing.Category + " and " + term.Category);
                    return;
                }

                // The same word in several languages (telefon, adresse, iban): it may be head-first in one of them.
                TermFlags merged = existing.Flags | term.Flags;
                if ((existing.Flags & TermFlags.Contextual) == 0 || (term.Flags & TermFlags.Contextual) == 0)
                {
                    merged &= ~TermFlags.Contextual;
                }

                terms[key] = new Term(existing.Category, merged, existing.Display);
                return;
            }

            terms.Add(key, term);
        }

        private static Dictionary<string, PersonNoun> BuildPersonNouns()
        {
            const PersonNoun All = PersonNoun.All;
            const PersonNoun IdsOnly = PersonNoun.IdAfter | PersonNoun.IdBefore;
            var nouns = new Dictionary<string, PersonNoun>(StringComparer.Ordinal);
            void Add(PersonNoun how, params string[] words)
            {
                foreach (string word in words)
                {
                    nouns[word] = how;
                }
            }

            // English. "client" and "member" are programming words too: ClientId, ClientName, MemberName are not people,
            // IdClient and NomClient (French word order) are.
            Add(All, "customer", "user", "person", "patient", "employee", "contact", "applicant", "candidate", "student",
                "passenger", "guest", "citizen", "voter", "donor", "insured", "policyholder", "beneficiary", "recipient",
                "holder", "pupil", "traveller", "traveler", "attendee", "participant", "resident", "spouse", "visitor",
                "buyer", "debtor", "borrower", "claimant", "subscriber");
            Add(IdsOnly | PersonNoun.NameAfter, "author", "owner");
            Add(PersonNoun.IdBefore | PersonNoun.NameBefore | PersonNoun.Container, "client", "clients");
            Add(PersonNoun.IdBefore, "member");
            Add(PersonNoun.IdAfter | PersonNoun.IdBefore, "account");

            // French.
            Add(All, "utilisateur", "personne", "employe", "salarie", "adherent", "abonne", "assure", "beneficiaire", "eleve",
                "etudiant", "usager", "locataire", "candidat", "voyageur", "passager", "destinataire", "titulaire", "patiente",
                "cliente", "auteur", "participant");

            // German (with linking forms).
            Add(All, "kunde", "kunden", "benutzer", "nutzer", "personen", "patienten", "mitarbeiter", "mitglied", "mitglieds",
                "abonnent", "abonnenten", "versicherte", "versicherten", "schuler", "schueler", "studenten", "bewerber",
                "teilnehmer", "empfanger", "empfaenger", "inhaber", "mieter", "fahrer", "personal", "beteiligte", "beteiligten",
                "ansprechpartner");

            // Spanish and Italian.
            Add(All, "usuario", "persona", "paciente", "empleado", "trabajador", "socio", "abonado", "asegurado", "afiliado",
                "alumno", "estudiante", "beneficiario", "solicitante", "pasajero", "huesped", "titular", "utente", "paziente",
                "dipendente", "abbonato", "assicurato", "studente", "beneficiario", "richiedente", "passeggero", "ospite",
                "intestatario", "lavoratore", "iscritto", "partecipante", "participante", "autore", "autor");

            // Dutch.
            Add(All, "klant", "klanten", "gebruiker", "gebruikers", "persoon", "medewerker", "medewerkers", "werknemer",
                "werknemers", "lid", "leden", "abonnee", "verzekerde", "leerling", "deelnemer", "huurder", "aanvrager",
                "ontvanger", "bestuurder", "personeel", "personeels", "contactpersoon", "contactpersonen");

            // Polish (nominative and genitive).
            Add(All, "klient", "klienta", "uzytkownik", "uzytkownika", "pacjent", "pacjenta", "pracownik", "pracownika",
                "czlonek", "czlonka", "abonent", "abonenta", "ubezpieczony", "ubezpieczonego", "studenta", "osoba", "osoby",
                "odbiorca", "odbiorcy", "najemca", "najemcy", "kierowca", "kierowcy", "uczen", "ucznia", "wnioskodawca",
                "wnioskodawcy", "posiadacz", "posiadacza");

            // Words that read as a person noun in one language and as something else in English code.
            nouns.Remove("personal");
            nouns["personal"] = PersonNoun.IdAfter; // German Personalnummer, Personal-ID.
            return nouns;
        }

        private static HashSet<string> BuildPersonContainers()
        {
            var containers = new HashSet<string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, PersonNoun> noun in PersonNouns)
            {
                if ((noun.Value & PersonNoun.Container) != 0 && noun.Key != "client" && noun.Key != "clients" && noun.Key != "contact")
                {
                    containers.Add(noun.Key);
                }
            }

            foreach (string word in new[]
            {
                "profile", "profil", "perfil", "profilo", "profiel", "contact", "contacto", "contatto", "kontakt", "identity",
                "people", "individual", "human", "staff", "doctor", "nurse", "teacher", "signatory", "landlord", "adult", "minor",
                "athlete", "player", "driver", "rider", "courier", "volunteer", "lead", "prospect", "recipient", "author", "owner",
                "account", "signup", "contactperson", "address", "adresse", "direccion", "indirizzo", "adres", "anschrift",
                "domicilio",
            })
            {
                containers.Add(word);
            }

            return containers;
        }

        /// <summary>The vocabulary as (category, language, term) triples, for tests and docs.</summary>
        internal static IEnumerable<(ProbableCategory Category, string Language, string Term)> AllTerms()
        {
            foreach ((ProbableCategory category, string language, string[] specs) in Vocabulary)
            {
                foreach (string spec in specs)
                {
                    yield return (category, language, spec.TrimStart(FlagPrefixes.ToCharArray()));
                }
            }
        }
    }
}
