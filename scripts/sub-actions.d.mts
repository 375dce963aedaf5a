export interface SubAction {
  folder: string
  operation: string
  name: string
  description: string
}
export const SUB_ACTIONS: SubAction[]
export function inputsOf(operation: string): Set<string>
export function subActionYaml(sub: SubAction): string
export function entry(sub: SubAction): string
