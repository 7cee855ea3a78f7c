/**
 * The phone answer pad (`/join?room=ABCD`): plain DOM and the socket.io client, nothing
 * of Phaser, zod or the decks, so it loads fast on a phone over the room's Wi-Fi.
 */
import './pad.css';
import { Pad } from './app';

const root = document.getElementById('pad');
if (root) new Pad(root);
