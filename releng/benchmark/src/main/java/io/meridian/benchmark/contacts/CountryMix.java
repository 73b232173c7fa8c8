package io.meridian.benchmark.contacts;

import java.util.List;
import java.util.Map;

/**
 * The 40 countries the generated contacts live in, weighted like the address book of a company
 * based in Germany that trades worldwide, each with a time zone, a language, a calling code and
 * the names people there have (Latin script, accents kept, so that search folding is exercised).
 * The contacts benchmark and the calendar benchmark's agenda book share them.
 */
public final class CountryMix {

    /** Given and family names of one culture. */
    public record Names(List<String> given, List<String> family) {
    }

    /** @param weight relative share of the contacts */
    public record Country(String code, double weight, String timeZone, String language, String callingCode, Names names) {
    }

    private static final Names GERMAN = new Names(
            List.of("Anna", "Lukas", "Maria", "Felix", "Sophie", "Jonas", "Marie", "Paul", "Lena", "Markus", "Julia", "Stefan",
                    "Katharina", "Thomas", "Sabine", "Martin", "Claudia", "Michael", "Sandra", "Andreas", "Jürgen", "Ulrike"),
            List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer",
                    "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
                    "Hofmann", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Maier", "Strauß", "Marx"));
    private static final Names ENGLISH = new Names(
            List.of("James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth", "David",
                    "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Emily", "Oliver",
                    "Amelia", "Harry", "Mark", "Grace"),
            List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
                    "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
                    "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Marshall", "O'Brien"));
    private static final Names FRENCH = new Names(
            List.of("Jean", "Marie", "Pierre", "Camille", "Louis", "Léa", "Hugo", "Chloé", "Thomas", "Manon", "Nicolas", "Julie",
                    "Antoine", "Margaux", "Mathieu", "Élodie", "François", "Hélène"),
            List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
                    "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Marchand",
                    "Girard", "Bonnet", "Dupont"));
    private static final Names IBERIAN = new Names(
            List.of("María", "José", "Juan", "Carmen", "Carlos", "Ana", "Luis", "Lucía", "Javier", "Marta", "Miguel", "Laura",
                    "Pedro", "Sofía", "João", "Mariana", "Gabriel", "Beatriz", "Rafael", "Fernanda"),
            List.of("García", "Rodríguez", "Martínez", "López", "González", "Hernández", "Pérez", "Sánchez", "Ramírez", "Torres",
                    "Flores", "Rivera", "Gómez", "Díaz", "Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Ferreira",
                    "Almeida", "Marques"));
    private static final Names ITALIAN = new Names(
            List.of("Marco", "Giulia", "Alessandro", "Francesca", "Luca", "Chiara", "Matteo", "Sara", "Andrea", "Martina",
                    "Giuseppe", "Elena", "Lorenzo", "Valentina"),
            List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
                    "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Marchetti", "Moretti"));
    private static final Names NORTHERN = new Names(
            List.of("Lars", "Anna", "Erik", "Emma", "Johan", "Sofia", "Mikael", "Ingrid", "Pieter", "Sanne", "Jan", "Katarzyna",
                    "Piotr", "Tomasz", "Marek", "Agnieszka", "Søren", "Åsa"),
            List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Hansen", "Jensen", "Nielsen", "de Jong", "Jansen", "de Vries",
                    "van den Berg", "Bakker", "Nowak", "Kowalski", "Wiśniewski", "Novák", "Svoboda", "Virtanen", "Korhonen",
                    "Łukasiewicz", "Sørensen"));
    private static final Names CHINESE = new Names(
            List.of("Wei", "Fang", "Min", "Jing", "Lei", "Yan", "Jun", "Li", "Hui", "Xin", "Ming", "Tao"),
            List.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Lin", "Ma"));
    private static final Names JAPANESE = new Names(
            List.of("Hiroshi", "Yuki", "Takashi", "Akiko", "Kenji", "Haruka", "Satoshi", "Mariko", "Naoki", "Emi"),
            List.of("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Matsumoto"));
    private static final Names KOREAN = new Names(
            List.of("Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Ji-woo", "Seung-hoon"),
            List.of("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon"));
    private static final Names VIETNAMESE = new Names(
            List.of("Anh", "Minh", "Linh", "Huong", "Tuan", "Thao"),
            List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"));
    private static final Names HUNGARIAN = new Names(
            List.of("László", "Mária", "István", "Zsófia", "Gábor", "Katalin"),
            List.of("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss"));
    private static final Names INDIAN = new Names(
            List.of("Aarav", "Priya", "Rahul", "Ananya", "Vikram", "Kavya", "Arjun", "Meera", "Rohan", "Sanjay"),
            List.of("Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Rao", "Mehta", "Menon"));
    private static final Names ARABIC = new Names(
            List.of("Mohammed", "Fatima", "Ahmed", "Omar", "Aisha", "Youssef", "Layla", "Khalid", "Mariam", "Samir"),
            List.of("Al-Farsi", "Haddad", "Mansour", "Nasser", "Khalil", "Hassan", "Saleh", "Aziz", "Amar"));
    private static final Names TURKISH = new Names(
            List.of("Mehmet", "Ayşe", "Mustafa", "Fatma", "Emre", "Zeynep", "Murat"),
            List.of("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın"));

    public static final List<Country> ALL = List.of(
            new Country("DE", 14, "Europe/Berlin", "de", "+49", GERMAN),
            new Country("US", 10, "America/New_York", "en-US", "+1", ENGLISH),
            new Country("GB", 8, "Europe/London", "en-GB", "+44", ENGLISH),
            new Country("FR", 6, "Europe/Paris", "fr", "+33", FRENCH),
            new Country("CH", 4, "Europe/Zurich", "de-CH", "+41", GERMAN),
            new Country("AT", 4, "Europe/Vienna", "de-AT", "+43", GERMAN),
            new Country("NL", 4, "Europe/Amsterdam", "nl", "+31", NORTHERN),
            new Country("IT", 4, "Europe/Rome", "it", "+39", ITALIAN),
            new Country("ES", 4, "Europe/Madrid", "es", "+34", IBERIAN),
            new Country("CN", 3, "Asia/Shanghai", "zh", "+86", CHINESE),
            new Country("JP", 3, "Asia/Tokyo", "ja", "+81", JAPANESE),
            new Country("IN", 3, "Asia/Kolkata", "en-IN", "+91", INDIAN),
            new Country("SE", 2, "Europe/Stockholm", "sv", "+46", NORTHERN),
            new Country("PL", 2, "Europe/Warsaw", "pl", "+48", NORTHERN),
            new Country("BE", 2, "Europe/Brussels", "fr-BE", "+32", FRENCH),
            new Country("BR", 2, "America/Sao_Paulo", "pt-BR", "+55", IBERIAN),
            new Country("CA", 2, "America/Toronto", "en-CA", "+1", ENGLISH),
            new Country("DK", 1.5, "Europe/Copenhagen", "da", "+45", NORTHERN),
            new Country("MX", 1.5, "America/Mexico_City", "es-MX", "+52", IBERIAN),
            new Country("AU", 1.5, "Australia/Sydney", "en-AU", "+61", ENGLISH),
            new Country("NO", 1.2, "Europe/Oslo", "nb", "+47", NORTHERN),
            new Country("IE", 1.2, "Europe/Dublin", "en-IE", "+353", ENGLISH),
            new Country("KR", 1.2, "Asia/Seoul", "ko", "+82", KOREAN),
            new Country("FI", 1, "Europe/Helsinki", "fi", "+358", NORTHERN),
            new Country("PT", 1, "Europe/Lisbon", "pt", "+351", IBERIAN),
            new Country("CZ", 1, "Europe/Prague", "cs", "+420", NORTHERN),
            new Country("HU", 1, "Europe/Budapest", "hu", "+36", HUNGARIAN),
            new Country("SG", 1, "Asia/Singapore", "en-SG", "+65", CHINESE),
            new Country("AE", 1, "Asia/Dubai", "ar", "+971", ARABIC),
            new Country("TR", 1, "Europe/Istanbul", "tr", "+90", TURKISH),
            new Country("ZA", 0.8, "Africa/Johannesburg", "en-ZA", "+27", ENGLISH),
            new Country("AR", 0.7, "America/Argentina/Buenos_Aires", "es-AR", "+54", IBERIAN),
            new Country("IL", 0.6, "Asia/Jerusalem", "he", "+972", ENGLISH),
            new Country("TW", 0.6, "Asia/Taipei", "zh-TW", "+886", CHINESE),
            new Country("CL", 0.5, "America/Santiago", "es-CL", "+56", IBERIAN),
            new Country("CO", 0.5, "America/Bogota", "es-CO", "+57", IBERIAN),
            new Country("SA", 0.5, "Asia/Riyadh", "ar", "+966", ARABIC),
            new Country("VN", 0.5, "Asia/Ho_Chi_Minh", "vi", "+84", VIETNAMESE),
            new Country("EG", 0.4, "Africa/Cairo", "ar", "+20", ARABIC),
            new Country("MA", 0.4, "Africa/Casablanca", "fr-MA", "+212", ARABIC));

    /** Legal forms of company names, by country; the rest use the English ones. */
    static final Map<String, List<String>> LEGAL_FORMS = Map.of(
            "DE", List.of("GmbH", "AG", "GmbH & Co. KG"), "AT", List.of("GmbH", "AG"), "CH", List.of("AG", "GmbH", "SA"),
            "FR", List.of("SA", "SAS", "SARL"), "IT", List.of("S.p.A.", "S.r.l."), "ES", List.of("S.A.", "S.L."),
            "NL", List.of("B.V.", "N.V."), "GB", List.of("Ltd", "plc"), "JP", List.of("K.K.", "Co., Ltd."),
            "SE", List.of("AB"));
    static final List<String> OTHER_LEGAL_FORMS = List.of("Inc.", "LLC", "Ltd", "Corp.", "Group");

    private CountryMix() {
    }
}
