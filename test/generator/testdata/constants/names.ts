/** Names the system keeps for itself. */
export const reservedNames = ['system', "o'clock"] as const;
