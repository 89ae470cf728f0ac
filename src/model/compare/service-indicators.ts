/** The service-demand indicators of the headline table and charts (fields of the model's `ServiceRow`). */
import type { ServiceField } from '../service-demand/service-row';

/** The service indicators of the headline table and charts, in the order they are shown. */
export const HEADLINE_SERVICE_INDICATORS = ['childcarePlacesByNorm', 'preschoolPlaces', 'careBeds'] as const satisfies readonly ServiceField[];
