using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GdprAnalyzers
{
    /// <summary>The category a name suggests; the names match <c>GdprAnalyzers.Annotations.PersonalDataCategory</c>.</summary>
    internal enum ProbableCategory
    {
        /// <summary>Not personal data by name.</summary>
        None = 0,

        /// <summary>E-mail, phone, postal address.</summary>
        Contact,

        /// <summary>Names, birth date, national identification numbers, passport, driving licence.</summary>
        Identity,

        /// <summary>Card numbers, bank accounts, salaries.</summary>
        Financial,

        /// <summary>IP addresses, device and cookie identifiers, location.</summary>
        OnlineIdentifier,

        /// <summary>Customer, user, account and contract numbers.</summary>
        CustomerNumber,

        /// <summary>Licence plates, VINs.</summary>
        Vehicle,

        /// <summary>GDPR Art. 9 data: health, biometric, genetic, ethnic origin, religion, politics, trade union, sexual orientation.</summary>
        SpecialCategory,
    }

    /// <summary>What kind of value a declaration holds, from its type; decides which terms can apply.</summary>
    internal enum ValueKind
    {
        /// <summary>Text (<c>string</c>, <c>char[]</c>, <c>object</c>), or a type recognised as personal data by its name.</summary>
        Text,

        /// <summary>A number or a <c>Guid</c>.</summary>
        Number,

        /// <summary>A date (<c>DateTime</c>, <c>DateOnly</c>, <c>DateTimeOffset</c>).</summary>
        Date,

        /// <summary>A <c>bool</c>: a flag about the data, unless the flag is itself special category data.</summary>
        Boolean,

        /// <summary>An enum: a kind or state, unless its values are special category data.</summary>
        Enum,

        /// <summary>A <c>byte[]</c>: a photo, a biometric template, a hash or an encrypted value.</summary>
        Bytes,
    }

    /// <summary>What the declaring type says about its members.</summary>
    [Flags]
    internal enum NameContext
    {
        /// <summary>Nothing: members are judged by their own names.</summary>
        None = 0,

        /// <summary>The type is a person (<c>Customer</c>, <c>Kunde</c>): <c>Name</c>, <c>Age</c>, <c>Gender</c> are theirs.</summary>
        Person = 1,

        /// <summary>The type is a payment or card (<c>PaymentMethod</c>, <c>CardDetails</c>): <c>SecurityNumber</c> and
        /// <c>Expiration</c> are the card's.</summary>
        Payment = 2,

        /// <summary>The type is a postal address (<c>Address</c>, or a type with street, postcode and city members):
        /// <c>Number</c>, <c>Nr</c>, <c>Plaats</c> are the address's.</summary>
        Address = 8,

        /// <summary>A type name, classified as a value object: the whole name must be the term (<c>EmailAddress</c>,
        /// <c>Iban</c>), since a class named after a term and something else is that something else (<c>EmailMessage</c>).</summary>
        TypeName = 16,
    }

    /// <summary>What a member's name says about the type that declares it.</summary>
    internal enum SiblingHint
    {
        /// <summary>Nothing.</summary>
        None,

        /// <summary>A person's first or last name: the type is a person record.</summary>
        PersonName,

        /// <summary>A card number: the type holds card data.</summary>
        CardNumber,

        /// <summary>A street, postcode or city: two of them make the type an address.</summary>
        AddressPart,

        /// <summary>A server to connect to (<c>Host</c>, <c>SmtpServer</c>, <c>MailServer</c>): with a
        /// <see cref="ServerSecurity"/> member, the type holds a server connection's settings.</summary>
        ServerHost,

        /// <summary>How to connect to a server (<c>Port</c>, <c>EnableSsl</c>, <c>UseTls</c>).</summary>
        ServerSecurity,
    }

    /// <summary>What <see cref="PersonalDataNames.Classify"/> found.</summary>
    internal enum NameVerdict
    {
        /// <summary>No term of the lists occurs in the name.</summary>
        NoMatch,

        /// <summary>A term occurs, but the name is about something else (<c>EmailConfirmed</c>, <c>ServerAddress</c>,
        /// <c>AddressFamily</c>) or the type can not hold it (a <c>bool</c> named <c>Email</c>).</summary>
        Excluded,

        /// <summary>The name says personal data.</summary>
        Personal,
    }

    /// <summary>The result of classifying one identifier.</summary>
    internal readonly struct NameClassification
    {
        public NameClassification(NameVerdict verdict, ProbableCategory category, string? term)
        {
            Verdict = verdict;
            Category = category;
            Term = term;
        }

        /// <summary>Whether the name says personal data.</summary>
        public NameVerdict Verdict { get; }

        /// <summary>The category when <see cref="Verdict"/> is <see cref="NameVerdict.Personal"/>.</summary>
        public ProbableCategory Category { get; }

        /// <summary>The term that decided (its words, lowercase, without diacritics), for tests and diagnostics.</summary>
        public string? Term { get; }

        public bool IsPersonal => Verdict == NameVerdict.Personal;

        public override string ToString() => Verdict == NameVerdict.Personal ? Category + " (" + Term + ")" : Verdict + (Term is null ? "" : " (" + Term + ")");
    }

    /// <summary>
    /// Says whether an identifier names personal data, from the words it is made of. Pure C#, no Roslyn: the analyzer
    /// passes the name, the kind of value its type holds and whether the declaring type is a person.
    /// <para>
    /// Identifiers are split into words (camelCase, PascalCase, snake_case, SCREAMING_CASE, digits; diacritics dropped,
    /// <c>ß</c> as <c>ss</c>, <c>ł</c> as <c>l</c>) and matched word by word, never as substrings: a term is a sequence of
    /// whole words, and a run of words matches when it spells the term with the spaces removed, so <c>FirstName</c>,
    /// <c>first_name</c> and <c>firstname</c> all match "first name", and <c>GeburtsDatum</c> and <c>Geburtsdatum</c> both
    /// match "geburtsdatum". German, Dutch and English compounds written as one word also match by their head
    /// (<c>Lieferadresse</c>, <c>billingaddress</c>) unless the rest is technical (<c>Serveradresse</c>).
    /// </para>
    /// <para>
    /// The rightmost term decides. Words before it must not make it technical (<c>ServerAddress</c>, <c>DefaultEmail</c>)
    /// or a count (<c>NumberOfEmails</c>); words after it must not turn it into another thing (<c>EmailConfirmed</c>,
    /// <c>AddressFamily</c>, <c>PhoneNumberFormat</c>, <c>IpAddressValidator</c>, <c>ZipArchive</c>, <c>AddressId</c>). In
    /// English, German and Dutch the last word of a compound is its head, so after a term only value words may follow
    /// (<c>EmailHash</c>, <c>AddressLine1</c>, <c>PhoneMobile</c>); in French, Spanish, Italian and Polish the head comes
    /// first and modifiers follow (<c>AdresseLivraison</c>, <c>TelefonoCasa</c>), so only the excluded words stop a match.
    /// </para>
    /// </summary>
    internal static partial class PersonalDataNames
    {
        private const int MaxTermWords = 6;

        /// <summary>Classifies <paramref name="identifier"/> declared with a value of <paramref name="kind"/>;
        /// <paramref name="context"/> says what the declaring type is: a person (<c>Customer</c>, <c>Kunde</c>), which makes
        /// words such as <c>Name</c>, <c>Age</c> or <c>Gender</c> personal data, or a payment card.</summary>
        public static NameClassification Classify(string identifier, ValueKind kind, NameContext context)
        {
            List<string> words = SplitWords(identifier);
            if (words.Count == 0)
            {
                return default;
            }

            List<Match> matches = FindMatches(words);
            if (matches.Count == 0)
            {
                return default;
            }

            NameClassification excluded = default;
            for (int m = matches.Count - 1; m >= 0; m--)
            {
                Match match = matches[m];
                Rejection rejection = Check(words, match, context, kind);
                if (rejection == Rejection.None)
                {
                    return new NameClassification(NameVerdict.Personal, match.Category, match.Display);
                }

                if (excluded.Verdict == NameVerdict.NoMatch && rejection != Rejection.ContextMissing)
                {
                    excluded = new NameClassification(NameVerdict.Excluded, ProbableCategory.None, match.Display);
                }

                if (rejection == Rejection.Final)
                {
                    // A technical word before the term, or an excluded word after it, speaks for the whole name.
                    break;
                }
            }

            return excluded;
        }

        /// <summary>Whether a type with this name holds no data subject's contact data: an organisation or one of its
        /// places (<c>Company</c>, <c>StoreLocation</c>, <c>Lieferant</c>, <c>FornitoreDto</c>, <c>CentroSalud</c>), a
        /// place (<c>City</c>, <c>Strasse</c>), or the application's configuration (<c>SmtpSettings</c>). The contact data
        /// of a legal person is not personal data (GDPR Recital 14). The organisation noun must be the head of the name:
        /// in English, German and Dutch the last word, after technical suffixes and place words (<c>ShopUser</c> is a
        /// user, <c>StoreLocationDetails</c> a store), and not after a person noun (<c>UserStore</c> stores users); in
        /// French, Spanish, Italian and Polish also the first (<c>OficinaCentral</c>, <c>DatosEmpresa</c>).</summary>
        public static bool IsOrganisationTypeName(string typeName)
        {
            List<string> words = SplitWords(typeName);
            int last = words.Count - 1;
            while (last > 0 && (TypeSuffixes.Contains(words[last]) || PlaceWords.Contains(words[last])))
            {
                last--;
            }

            if (last >= 0 && OrganisationNouns.Contains(words[last]) && (last == 0 || !PersonNouns.ContainsKey(words[last - 1])))
            {
                return true;
            }

            int first = 0;
            while (first < last && (TypeSuffixes.Contains(words[first]) || PlaceWords.Contains(words[first]) || Connectors.Contains(words[first])))
            {
                first++;
            }

            return (first <= last && HeadFirstOrganisationNouns.Contains(words[first])) || IsConfigurationTypeName(words);
        }

        /// <summary>A configuration type: the last word (after technical suffixes) is <c>Settings</c>, <c>Options</c>,
        /// <c>Config</c>..., and every word before it names a system (<c>Smtp</c>, <c>Email</c>, <c>Jwt</c>), not a
        /// person or their account (<c>UserSettings</c>, <c>ProfileOptions</c> are the person's).</summary>
        private static bool IsConfigurationTypeName(List<string> words)
        {
            int last = words.Count - 1;
            while (last > 0 && TypeSuffixes.Contains(words[last]))
            {
                last--;
            }

            if (last < 0 || !ConfigurationNouns.Contains(words[last]))
            {
                return false;
            }

            for (int i = 0; i < last; i++)
            {
                if (!TechnicalLeading.Contains(words[i]) && !ConfiguredSystems.Contains(words[i]) && !IsDigits(words[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>What a member named <paramref name="identifier"/> says about its declaring type: a person's name
        /// (<c>LastName</c>, <c>Apellido</c>) makes it a person record, a card number makes it card data, a street,
        /// postcode or city is part of an address.</summary>
        public static SiblingHint SiblingHintOf(string identifier)
        {
            List<string> words = SplitWords(identifier);
            while (words.Count > 1 && IsDigits(words[words.Count - 1]))
            {
                words.RemoveAt(words.Count - 1);
            }

            string key = string.Concat(words);
            if (PersonNameKeys.Contains(key))
            {
                return SiblingHint.PersonName;
            }

            if (CardNumberKeys.Contains(key))
            {
                return SiblingHint.CardNumber;
            }

            if (AddressPartKeys.Contains(key))
            {
                return SiblingHint.AddressPart;
            }

            if (ServerHostKeys.Contains(key))
            {
                return SiblingHint.ServerHost;
            }

            return ServerSecurityKeys.Contains(key) ? SiblingHint.ServerSecurity : SiblingHint.None;
        }

        /// <summary>Whether a string constant that initialises a member named <paramref name="identifier"/> names a key
        /// rather than holding a value: a claim type, a header or a JSON property name that is the member's own name
        /// (<c>Email = "email"</c>, <c>PreferredUserName = "preferred_username"</c>, <c>UserAgent = "User-Agent"</c>,
        /// <c>EmailClaimType = "email"</c>, <c>Email = ClaimTypes.Email</c>'s URI): one word or URI, no space and no
        /// <c>@</c>, whose letters and digits contain the member's or are contained in them (at least three).</summary>
        public static bool NamesKey(string identifier, string literal)
        {
            if (literal.Length < 3 || literal.Length > 256)
            {
                return false;
            }

            var text = new System.Text.StringBuilder(literal.Length);
            foreach (char c in literal)
            {
                if (char.IsWhiteSpace(c) || c == '@')
                {
                    return false;
                }

                if (char.IsLetterOrDigit(c))
                {
                    text.Append(char.ToLowerInvariant(c));
                }
            }

            string name = string.Concat(SplitWords(identifier));
            string key = text.ToString();
            return key.Length >= 3 && name.Length >= 3
                && (key.IndexOf(name, StringComparison.Ordinal) >= 0 || name.IndexOf(key, StringComparison.Ordinal) >= 0);
        }

        /// <summary>Whether the name mentions a person (<c>ContactEmail</c>, <c>OwnerName</c>): in an organisation's type,
        /// such a member is still a natural person's. A login name (<c>UserName</c>) is not a mention: in an
        /// organisation's or a configuration's type it is the account of the organisation or of the application.</summary>
        public static bool MentionsPerson(string identifier)
        {
            List<string> words = SplitWords(identifier);
            for (int i = 0; i < words.Count; i++)
            {
                if (PersonNouns.ContainsKey(words[i]) && !(words[i] == "user" && i + 1 < words.Count && words[i + 1] == "name"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a type with this name holds a card's data (<c>PaymentMethod</c>, <c>CardDetails</c>,
        /// <c>Zahlung</c>): a card word anywhere, or a payment word that qualifies nothing with an expiry of its own (a
        /// <c>PaymentRequest</c>, <c>PaymentLink</c>, <c>PlanCheckout</c> or <c>PaymentSession</c> expires itself).</summary>
        public static bool IsPaymentTypeName(string typeName)
        {
            bool payment = false;
            foreach (string word in SplitWords(typeName))
            {
                if (CardNouns.Contains(word))
                {
                    return true;
                }

                if (NotCardPaymentWords.Contains(word))
                {
                    return false;
                }

                payment |= PaymentNouns.Contains(word);
            }

            return payment;
        }

        /// <summary>Whether a type with this name is a payment address, a payee's handle on a payment network rather than
        /// a postal address: <c>LightningAddress</c>, <c>BitcoinAddressDto</c>, <c>DepositAddress</c>, or an address
        /// qualifying what is paid to it (<c>AddressInvoice</c>, <c>AddressTransaction</c>). Its <c>Address</c> and
        /// <c>Username</c> (a Lightning address's user part) are the handle's parts.</summary>
        public static bool IsPaymentAddressTypeName(string typeName)
        {
            List<string> words = SplitWords(typeName);
            for (int i = 0; i < words.Count; i++)
            {
                if (words[i] != "address" && words[i] != "addresses")
                {
                    continue;
                }

                if ((i > 0 && PaymentAddressWords.Contains(words[i - 1])) || (i + 1 < words.Count && AddressPaymentObjects.Contains(words[i + 1])))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a type with this name is a person (its members named <c>Name</c>, <c>Age</c>, ... are the
        /// person's): the last word, after technical suffixes such as <c>Dto</c>, <c>ViewModel</c> or <c>Entity</c>, is
        /// a person noun (<c>Customer</c>, <c>ApplicationUser</c>, <c>PatientDto</c>, <c>Kunde</c>, <c>Klant</c>) or an
        /// address, whose name is its recipient's.</summary>
        public static bool IsPersonTypeName(string typeName)
        {
            List<string> words = SplitWords(typeName);
            int last = words.Count - 1;
            bool accessControl = false;
            while (last > 0 && TypeSuffixes.Contains(words[last]))
            {
                accessControl |= AccessControlNouns.Contains(words[last]);
                last--;
            }

            if (last < 0)
            {
                return false;
            }

            string word = words[last];
            if (word == "identity" && accessControl)
            {
                return false; // IdentityResource, IdentityApi: an OpenID Connect scope, its Name is "openid" or "profile".
            }
            if (PersonContainers.Contains(word) || (word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && PersonContainers.Contains(word.Substring(0, word.Length - 1))))
            {
                return true;
            }

            // "Client" is a person only when it is the whole name: ApiClient, HttpClient, SmtpClient are not.
            return last == 0 && (word == "client" || word == "clients");
        }

        /// <summary>Whether a type with this name is a postal address (<c>Address</c>, <c>ShippingAddress</c>,
        /// <c>Adresse</c>, <c>Direccion</c>).</summary>
        public static bool IsAddressTypeName(string typeName)
        {
            List<string> words = SplitWords(typeName);
            int last = words.Count - 1;
            while (last > 0 && TypeSuffixes.Contains(words[last]))
            {
                last--;
            }

            return last >= 0 && AddressNouns.Contains(words[last]);
        }

        /// <summary>Whether a name is about infrastructure (<c>DnsServer</c>, <c>BindAddress</c>, <c>FromAddress</c>):
        /// for a value whose type says personal data (an <c>IPAddress</c>, a <c>MailAddress</c>), such a name says it is
        /// not a person's.</summary>
        public static bool IsTechnicalName(string identifier)
        {
            foreach (string word in SplitWords(identifier))
            {
                if (TechnicalNameWords.Contains(word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The words of an identifier, lowercase, diacritics removed: <c>IPAddress</c> gives <c>ip address</c>,
        /// <c>date_of_birth</c> gives <c>date of birth</c>, <c>Straße2</c> gives <c>strasse 2</c>. A Hungarian
        /// <c>m_</c>/<c>s_</c>/<c>_</c> prefix is dropped.</summary>
        public static List<string> SplitWords(string identifier)
        {
            var words = new List<string>(4);
            if (string.IsNullOrEmpty(identifier))
            {
                return words;
            }

            string text = identifier;
            if (text[0] == '@')
            {
                text = text.Substring(1);
            }

            int length = text.Length;
            int start = -1;
            for (int i = 0; i <= length; i++)
            {
                char c = i < length ? text[i] : '_';
                bool separator = !char.IsLetterOrDigit(c);
                if (separator)
                {
                    if (start >= 0)
                    {
                        AddWord(words, text, start, i);
                        start = -1;
                    }

                    continue;
                }

                if (start < 0)
                {
                    start = i;
                    continue;
                }

                char previous = text[i - 1];
                bool boundary =
                    (char.IsDigit(c) != char.IsDigit(previous))
                    || (char.IsUpper(c) && char.IsLower(previous))
                    || (char.IsUpper(c) && char.IsUpper(previous) && i + 1 < length && char.IsLower(text[i + 1]) && !IsIpVersion(text, i));
                if (boundary)
                {
                    AddWord(words, text, start, i);
                    start = i;
                }
            }

            // Hungarian and field prefixes: m_email, s_cache, mEmail.
            if (words.Count > 1 && (words[0] == "m" || words[0] == "s"))
            {
                words.RemoveAt(0);
            }

            return words;
        }

        /// <summary>"IPv4": keep "Pv" from becoming a word of its own, so that the words are "ipv 4".</summary>
        private static bool IsIpVersion(string text, int i) =>
            (text[i] == 'P' || text[i] == 'p') && i >= 1 && (text[i - 1] == 'I' || text[i - 1] == 'i') && i + 2 < text.Length
            && (text[i + 1] == 'v' || text[i + 1] == 'V') && char.IsDigit(text[i + 2]);

        private static void AddWord(List<string> words, string text, int start, int end)
        {
            bool ascii = true;
            for (int i = start; i < end; i++)
            {
                if (text[i] > 127)
                {
                    ascii = false;
                    break;
                }
            }

            string word = text.Substring(start, end - start).ToLowerInvariant();
            words.Add(ascii ? word : Fold(word));
        }

        /// <summary>Lowercase Latin letters without diacritics: <c>téléphone</c> gives <c>telephone</c>, <c>straße</c>
        /// <c>strasse</c>, <c>płeć</c> <c>plec</c>.</summary>
        public static string Fold(string word)
        {
            string decomposed = word.Normalize(NormalizationForm.FormD);
            var builder = new StringBuilder(decomposed.Length + 2);
            foreach (char c in decomposed)
            {
                switch (c)
                {
                    case 'ß':
                        builder.Append("ss");
                        continue;
                    case 'ł':
                        builder.Append('l');
                        continue;
                    case 'ø':
                        builder.Append('o');
                        continue;
                    case 'æ':
                        builder.Append("ae");
                        continue;
                    case 'œ':
                        builder.Append("oe");
                        continue;
                    case 'đ':
                        builder.Append('d');
                        continue;
                }

                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        /// <summary>Greedy, left to right: at each word the longest run that spells a term (or a person noun with an
        /// identifier or name word), then on after it.</summary>
        private static List<Match> FindMatches(List<string> words)
        {
            var matches = new List<Match>(2);
            int i = 0;
            while (i < words.Count)
            {
                if (TryMatchAt(words, i, out Match match))
                {
                    matches.Add(match);
                    i = match.End;
                }
                else
                {
                    i++;
                }
            }

            return matches;
        }

        private static bool TryMatchAt(List<string> words, int start, out Match match)
        {
            int maxEnd = Math.Min(words.Count, start + MaxTermWords);
            var builder = new StringBuilder();
            string[] keys = new string[maxEnd - start];
            for (int end = start + 1; end <= maxEnd; end++)
            {
                builder.Append(words[end - 1]);
                keys[end - start - 1] = builder.ToString();
            }

            for (int end = maxEnd; end > start; end--)
            {
                string key = keys[end - start - 1];
                if (Terms.TryGetValue(key, out Term term))
                {
                    match = new Match(start, end, term, plural: false);
                    return true;
                }

                string last = words[end - 1];
                if (Singular(last) is { } singular
                    && Terms.TryGetValue(key.Substring(0, key.Length - last.Length) + singular, out term))
                {
                    match = new Match(start, end, term, plural: true);
                    return true;
                }

                if (TryPersonPair(words, start, end, out match))
                {
                    return true;
                }
            }

            if (TryCompoundHead(words[start], out Term head))
            {
                match = new Match(start, start + 1, head, plural: false);
                return true;
            }

            match = default;
            return false;
        }

        /// <summary>A person noun and an identifier or name word, in either order, with a connector word between them
        /// in French, Spanish and Italian: <c>CustomerId</c>, <c>UserName</c>, <c>NumeroCliente</c>, <c>IdClient</c>,
        /// <c>numero_de_client</c>, <c>NomUtilisateur</c>, <c>NrKlienta</c>.</summary>
        private static bool TryPersonPair(List<string> words, int start, int end, out Match match)
        {
            match = default;
            int count = end - start;
            if (count < 2 || count > 3)
            {
                return false;
            }

            string first = words[start];
            string second = words[end - 1];
            if (count == 3 && !Connectors.Contains(words[start + 1]))
            {
                return false;
            }

            // Person noun first: CustomerId, CustomerName, UserName (English, German, Dutch order).
            if (PersonNouns.TryGetValue(first, out PersonNoun person) && count == 2)
            {
                if (IdWords.Contains(second) && !NotPersonIdentifierPairs.Contains(first + second) && (person & PersonNoun.IdAfter) != 0 && (first != "account" || AccountIdWords.Contains(second)))
                {
                    match = new Match(start, end, new Term(ProbableCategory.CustomerNumber, TermFlags.Numeric | TermFlags.HeadLast, first + " " + second), plural: false);
                    return true;
                }

                if (NameWords.Contains(second) && (person & PersonNoun.NameAfter) != 0)
                {
                    match = new Match(start, end, new Term(ProbableCategory.Identity, TermFlags.HeadLast, first + " " + second), plural: false);
                    return true;
                }
            }

            // Identifier or name word first: NumeroCliente, IdClient, NomClient, NombreUsuario, NrKlienta.
            if (PersonNouns.TryGetValue(second, out person))
            {
                if (IdWords.Contains(first) && (person & PersonNoun.IdBefore) != 0)
                {
                    match = new Match(start, end, new Term(ProbableCategory.CustomerNumber, TermFlags.Numeric | TermFlags.HeadFirst, first + " " + second), plural: false);
                    return true;
                }

                if (NameWords.Contains(first) && (person & PersonNoun.NameBefore) != 0)
                {
                    match = new Match(start, end, new Term(ProbableCategory.Identity, TermFlags.HeadFirst, first + " " + second), plural: false);
                    return true;
                }
            }

            return false;
        }

        /// <summary>A compound written as one word whose head is a contact term: <c>Lieferadresse</c>,
        /// <c>Privattelefon</c>, <c>factuuradres</c>, <c>billingaddress</c>; not when the rest is technical
        /// (<c>Serveradresse</c>, <c>webadres</c>, <c>microphone</c>).</summary>
        private static bool TryCompoundHead(string word, out Term term)
        {
            foreach (KeyValuePair<string, Term> head in CompoundHeads)
            {
                if (word.Length >= head.Key.Length + 3 && word.EndsWith(head.Key, StringComparison.Ordinal))
                {
                    string rest = word.Substring(0, word.Length - head.Key.Length);
                    if (!TechnicalCompoundParts.Contains(rest) && !TechnicalLeading.Contains(rest))
                    {
                        term = head.Value;
                        return true;
                    }
                }
            }

            term = default;
            return false;
        }

        private static string? Singular(string word)
        {
            if (word.Length <= 3 || word[word.Length - 1] != 's')
            {
                return null;
            }

            if (word.EndsWith("ies", StringComparison.Ordinal))
            {
                return word.Substring(0, word.Length - 3) + "y";
            }

            if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
            {
                return word.Substring(0, word.Length - 2);
            }

            return word.EndsWith("ss", StringComparison.Ordinal) ? null : word.Substring(0, word.Length - 1);
        }

        private enum Rejection
        {
            None,

            /// <summary>A contextual term (<c>Name</c>) outside a person: an earlier term of the name may still decide.</summary>
            ContextMissing,

            /// <summary>The type can not hold this term (an <c>int</c> named <c>Email</c>); an earlier term may decide.</summary>
            WrongKind,

            /// <summary>A word after the term that is neither a value word nor allowed by the term's language.</summary>
            UnknownTrailing,

            /// <summary>In a head-first language, an unknown word before the term: that word is the head.</summary>
            UnknownLeading,

            /// <summary>An excluded word after the term, or a technical or counting word before it: the name is not
            /// personal data.</summary>
            Final,
        }

        private static Rejection Check(List<string> words, Match match, NameContext context, ValueKind kind)
        {
            Term term = match.Term;
            bool headFirst = (term.Flags & TermFlags.HeadFirst) != 0;
            bool headLast = (term.Flags & TermFlags.HeadLast) != 0;
            bool alone = (term.Flags & TermFlags.Alone) != 0 || (context & NameContext.TypeName) != 0;
            bool personContext = (context & NameContext.Person) != 0;
            if ((term.Flags & TermFlags.Card) != 0 && (context & NameContext.Payment) == 0)
            {
                return Rejection.ContextMissing; // SecurityNumber, Expiration: a card's only in a payment type.
            }

            if ((term.Flags & TermFlags.AddressPart) != 0 && ((context & NameContext.Address) == 0 || match.Start > 0))
            {
                return Rejection.ContextMissing; // Number, Nr, Plaats: an address's only in an address, and alone.
            }

            // Words before the term: modifiers in English, German and Dutch (BillingAddress); in French, Spanish, Italian
            // and Polish the head comes first, so an unknown word before the term is the head (ModeleCourriel: a template).
            bool unknownBefore = false;
            for (int i = 0; i < match.Start; i++)
            {
                string word = words[i];
                if (TechnicalLeading.Contains(word) || CountLeading.Contains(word))
                {
                    return Rejection.Final;
                }

                if ((word == "number" || word == "num" || word == "nb" || word == "numero" || word == "numer") && (match.Plural || (i + 1 < words.Count && words[i + 1] == "of")))
                {
                    return Rejection.Final; // NumberOfEmails, NumPhones: a count.
                }

                if (!ValueWords.Contains(word) && !PersonNouns.ContainsKey(word) && !LeadingAdjectives.Contains(word)
                    && !Connectors.Contains(word) && !IsDigits(word))
                {
                    unknownBefore = true;
                }
            }

            if (unknownBefore && (alone || !headLast))
            {
                return Rejection.UnknownLeading;
            }

            // Words after the term.
            bool personAfter = false;
            for (int i = match.End; i < words.Count; i++)
            {
                string word = words[i];
                if (ExcludedTrailing.Contains(word))
                {
                    // An enum named SexeId or GenderId holds the value itself.
                    if (kind == ValueKind.Enum && (term.Flags & TermFlags.Enumerated) != 0 && (word == "id" || word == "ids") && i == words.Count - 1)
                    {
                        continue;
                    }

                    return Rejection.Final;
                }

                if (PersonNouns.TryGetValue(word, out PersonNoun after))
                {
                    personAfter |= i == match.End && (after & PersonNoun.NameBefore) != 0;
                    continue;
                }

                if (ValueWords.Contains(word) || IsDigits(word) || Connectors.Contains(word))
                {
                    continue;
                }

                if (!headFirst || alone)
                {
                    return Rejection.UnknownTrailing;
                }
            }

            if ((term.Flags & TermFlags.Contextual) != 0)
            {
                // A person noun right before (CustomerDisplayName) or, in head-first order, right after (NomClient).
                bool personBefore = match.Start > 0 && PersonNouns.TryGetValue(words[match.Start - 1], out PersonNoun before)
                    && (before & PersonNoun.NameAfter) != 0;
                bool first = match.Start == 0 || (match.Start == 1 && ContextualModifiers.Contains(words[0]));
                if (!(personBefore || personAfter || (personContext && first)))
                {
                    return Rejection.ContextMissing;
                }
            }

            return KindFits(term, kind) ? Rejection.None : Rejection.WrongKind;
        }

        private static bool KindFits(Term term, ValueKind kind)
        {
            switch (kind)
            {
                case ValueKind.Text:
                case ValueKind.Bytes:
                    return true;
                case ValueKind.Number:
                    return (term.Flags & TermFlags.Numeric) != 0
                        || term.Category == ProbableCategory.Financial
                        || term.Category == ProbableCategory.OnlineIdentifier
                        || term.Category == ProbableCategory.CustomerNumber;
                case ValueKind.Date:
                    return (term.Flags & TermFlags.Date) != 0;
                case ValueKind.Boolean:
                    // A flag is about the data (EmailConfirmed, HasAddress), except where it is itself special category
                    // data (IsDiabetic, IsTradeUnionMember): Art. 9 data is worth a question.
                    return term.Category == ProbableCategory.SpecialCategory && (term.Flags & TermFlags.Measurement) == 0;
                case ValueKind.Enum:
                    // An enum is a kind or state (AddressType, PhoneNumberFormat), except where its values are the
                    // person's data: special categories (a Religion enum), gender, marital status.
                    return (term.Category == ProbableCategory.SpecialCategory && (term.Flags & TermFlags.Measurement) == 0)
                        || (term.Flags & TermFlags.Enumerated) != 0;
                default:
                    return false;
            }
        }

        private static bool IsDigits(string word)
        {
            foreach (char c in word)
            {
                if (!char.IsDigit(c))
                {
                    return false;
                }
            }

            return word.Length > 0;
        }

        [Flags]
        private enum TermFlags
        {
            None = 0,

            /// <summary>Personal data only in a person (<c>Customer.Name</c>) or next to a person noun (<c>CustomerName</c>).</summary>
            Contextual = 1,

            /// <summary>Also held as a number (<c>int Age</c>, <c>long Phone</c>).</summary>
            Numeric = 2,

            /// <summary>Also held as a date (<c>DateTime BirthDate</c>).</summary>
            Date = 4,

            /// <summary>The term's language puts modifiers after the head (French, Spanish, Italian, Polish).</summary>
            HeadFirst = 8,

            /// <summary>The term's language puts modifiers before the head (English, German, Dutch).</summary>
            HeadLast = 16,

            /// <summary>A special category measurement, not a flag: not for <c>bool</c> or enums.</summary>
            Measurement = 32,

            /// <summary>Ambiguous in code (Spanish <c>longitud</c> is also a length): only with value words around it.</summary>
            Alone = 64,

            /// <summary>Also held as an enum whose values are the person's data (gender, marital status).</summary>
            Enumerated = 128,

            /// <summary>A card's data only in a payment type (<c>PaymentMethod.SecurityNumber</c>).</summary>
            Card = 256,

            /// <summary>Part of a postal address only in an address, and alone (<c>Address.Number</c>).</summary>
            AddressPart = 512,
        }

        [Flags]
        private enum PersonNoun
        {
            None = 0,

            /// <summary>Followed by an identifier word: <c>CustomerId</c>, <c>KundenNr</c>.</summary>
            IdAfter = 1,

            /// <summary>After an identifier word: <c>NumeroCliente</c>, <c>IdClient</c>.</summary>
            IdBefore = 2,

            /// <summary>Followed by a name word: <c>CustomerName</c>.</summary>
            NameAfter = 4,

            /// <summary>After a name word: <c>NomClient</c>, <c>NombreUsuario</c>.</summary>
            NameBefore = 8,

            /// <summary>Names a type whose members are a person's.</summary>
            Container = 16,

            All = IdAfter | IdBefore | NameAfter | NameBefore | Container,
        }

        private readonly struct Term
        {
            public Term(ProbableCategory category, TermFlags flags, string display)
            {
                Category = category;
                Flags = flags;
                Display = display;
            }

            public ProbableCategory Category { get; }

            public TermFlags Flags { get; }

            public string Display { get; }
        }

        private readonly struct Match
        {
            public Match(int start, int end, Term term, bool plural)
            {
                Start = start;
                End = end;
                Term = term;
                Plural = plural;
            }

            public int Start { get; }

            public int End { get; }

            public Term Term { get; }

            public bool Plural { get; }

            public ProbableCategory Category => Term.Category;

            public string Display => Term.Display;
        }
    }
}
