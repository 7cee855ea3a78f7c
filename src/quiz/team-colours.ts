/** Teams' colours, the same in a club-night room and on one screen: distinct, and readable on the dark screen. */
export const TEAM_COLOURS: readonly number[] = [0xe8b04b, 0x4fa3e0, 0xe0605a, 0x5cc28a, 0xb48ae6, 0xf08bc0, 0x56c7c7, 0xd9d26a];
export const MAX_TEAMS = 8;
