/**
 * Places where US–Mexico meetings are held, with the ways English and Spanish news write them.
 * A venue names the city it is in, so that "the National Palace" and "Mexico City" read as the
 * same place when two reports are compared.
 */
export interface GazetteerPlace {
  name: string;
  kind: 'city' | 'venue';
  /** For a venue, the city it is in; for a city, itself. */
  city: string;
  forms: readonly string[];
}

const city = (name: string, ...forms: string[]): GazetteerPlace => ({ name, kind: 'city', city: name, forms: [name, ...forms] });
const venue = (name: string, inCity: string, ...forms: string[]): GazetteerPlace => ({ name, kind: 'venue', city: inCity, forms: [name, ...forms] });

export const GAZETTEER: readonly GazetteerPlace[] = [
  city('Washington', 'Washington, D.C.', 'Washington D.C.', 'Washington DC', 'Washington, DC'),
  city('Mexico City', 'Ciudad de México', 'Ciudad de Mexico', 'CDMX'),
  city('Los Angeles', 'Los Ángeles'),
  city('New York', 'Nueva York'),
  city('Ciudad Juárez', 'Ciudad Juarez'),
  city('El Paso'),
  city('Tijuana'),
  city('San Diego'),
  city('Monterrey'),
  city('Guadalajara'),
  city('Mérida', 'Merida'),
  city('Ottawa'),
  city('Panama City', 'Ciudad de Panamá'),
  venue('National Palace', 'Mexico City', 'Palacio Nacional'),
  venue('Foreign Ministry', 'Mexico City', 'SRE', 'Secretaría de Relaciones Exteriores', 'Secretary of Foreign Relations', 'Mexican Foreign Ministry', 'Cancillería'),
  venue('White House', 'Washington', 'Casa Blanca'),
  venue('State Department', 'Washington', 'Department of State', 'Departamento de Estado'),
  venue('Blair House', 'Washington'),
];
