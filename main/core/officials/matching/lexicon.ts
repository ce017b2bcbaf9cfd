/*
 * Word lists, folded (lower case, no accents). English and Spanish, since the corpus mixes them.
 * They only steer guesses: an alias the researcher typed always matches, whatever its words.
 */

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/**
 * Places and the words made from them. No guessing rule (surname alone, typo, glued word, name
 * shape) ever turns one of these into a person: "Mexico" is six letters away from nobody.
 */
export const NEVER_A_PERSON = words(`
  mexico mexican mexicans mexicano mexicana mexicanos mexicanas
  us usa eeuu eua america americas american americans americano americana americanos
  united unidos estados states kingdom union
  washington texas california arizona florida york chicago tijuana monterrey guadalajara
  canada canadian guatemala guatemalan honduras nicaragua panama cuba haiti venezuela colombia
  rica brazil china chinese europe european spain spanish english
  latin latino latina latinos latinoamerica norteamerica centroamerica sudamerica
  mexique mexiko
`);

/** Words that name an office; a name right before or after one is most likely a person's. */
export const TITLE_WORDS = words(`
  secretary secretaries undersecretary undersecretaries minister ministers president presidents
  chancellor chancellors counselor counsellor counselors adviser advisor advisers advisors
  ambassador ambassadors envoy envoys commissioner commissioners director directors
  general generals admiral admirals commander commanders chief chiefs head heads coordinator
  spokesperson spokesman spokeswoman governor governors senator senators congressman congresswoman
  congressmen representative official officials deputy mayor attorney charge
  lieutenant colonel captain judge prosecutor sheriff officer
  secretario secretaria secretarios secretarias subsecretario subsecretaria subsecretarios
  canciller cancilleres ministro ministra ministros presidente presidenta presidentes
  embajador embajadora embajadores asesor asesora asesores consejero consejera
  comisionado comisionada directora directores almirante comandante coordinador coordinadora
  titular jefe jefa vocero vocera gobernador gobernadora senador senadora diputado diputada
  alcaldesa procurador procuradora fiscal encargado encargada enviado enviada funcionario funcionaria
`);

/**
 * Capitalised words that belong to offices, institutions and events, not to people: a run of
 * capitals made only of these ("White House National Security Council") is no one.
 */
export const INSTITUTION_WORDS = words(`
  foreign affairs relations interior defense defence navy army marine marines air force
  homeland security national public civil citizen state department ministry office council
  house white palace embassy consulate institute institution agency guard unit republic presidency
  senate congress parliament cabinet government administration federal staff special senior
  vice first lady legal counsel human rights democracy migration immigration economic economy
  dialogue summit border southern northern western eastern hemisphere region regional triangle
  north south east west central city new san santa santo puerto ciudad bicentennial understanding health communities secure
  policy magazine press photo copyright twitter facebook instagram reuters news agency
  high level working group joint bilateral cross presidential executive assistant administrative
  relaciones exteriores seguridad ciudadana proteccion gobernacion defensa marina hacienda
  economia salud publica nacional secretaria sre sedena semar presidencia republica palacio
  guardia instituto migracion frontera norte sur
`);

/**
 * Small words that start a sentence with a capital. Only a run of capitals that is not one of
 * these can be a name, so "With Alejandro Mayorkas" yields Alejandro Mayorkas.
 */
export const FUNCTION_WORDS = words(`
  a an the and or but nor so yet with without for from of in on at to by as into onto about after
  before during since until while within through over under between among against regarding
  although though because if when where why how what which who whom whose this that these those
  it its he she his her him we our they their them i my me you your yes no not also only
  there here then than yesterday today tomorrow later subsequently meanwhile however according
  all any both each every some someone everyone nobody many more most other another such
  mr mrs ms dr sr sra senor senora
  el la los las un una unos unas y o e ni de del al en con por para sin sobre entre desde hasta
  que quien como cuando donde este esta estos estas ese esa su sus se lo le les ya tambien
`);

/**
 * English months and weekdays, which English capitalises ("May 3", "Tuesday"). Spanish writes its
 * own in lower case, and "Julio" or "Mayo" in capitals is more often a name than a date.
 */
export const CALENDAR_WORDS = words(`
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
`);

/**
 * The words that most often follow a name, which is what a stripped link glues to it
 * ("Mayorkasand"). Any other tail makes a word of its own ("Bidenomics", "Salazarista"), and so
 * does a lone vowel, which ends many a Spanish name.
 */
export const GLUED_TAILS = words(`
  and or but the an of in on at to for with from by as who whom whose was were is are has have had
  will would also said says told met added noted stated announced explained asked
  y de del al en con que quien quienes dijo dice afirmo senalo explico anuncio fue es era se
  por para la el los las un una
`);

/** Lower-case words inside names: "María de Haas", "Ortega y Gasset", "Ludwig van Beethoven". */
export const PARTICLES = words('de del la las los y van von der den da di du le dos das');

/** What joins an office to its department: "Secretary of State", "secretaria de Seguridad". */
export const OFFICE_LINKS = words('of de del for para');

/** What else an office clause may hold: "the Advisor of National Security in the American Union". */
export const CLAUSE_LINKS = words('of de del for para in on at to en and y');

/** Where a list of offices goes on to the next: "Secretary of … and the Advisor of …". */
export const CONJUNCTIONS = words('and y');

/** Determiners dropped from the front of an office phrase ("the head of…" → "head of…"). */
export const DETERMINERS = words('the a an his her their its el la los las un una su sus');
