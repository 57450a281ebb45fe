<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca" sourcelanguage="es">
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="27"/>
        <source>Necesita atención</source>
        <translation>Cal atenció</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="32"/>
        <source>Cambios que el servidor no aceptó (se conservan aquí y no se reenvían) y casos abiertos de la tienda. La central los revisa.</source>
        <translation>Canvis que el servidor no va acceptar (es conserven aquí i no es tornen a enviar) i casos oberts de la botiga. La central els revisa.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="39"/>
        <source>Fecha</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="39"/>
        <source>Tipo</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="39"/>
        <source>Sobre</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="39"/>
        <source>Motivo</source>
        <translation>Motiu</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="44"/>
        <source>Cerrar</source>
        <translation>Tanca</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="57"/>
        <source>Cambio rechazado</source>
        <translation>Canvi rebutjat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="58"/>
        <source>Saldo de puntos en negativo</source>
        <translation>Saldo de punts en negatiu</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="59"/>
        <source>Venta a revisar</source>
        <translation>Venda per revisar</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="45"/>
        <source>Código de producto (F3) y Intro</source>
        <translation>Codi de producte (F3) i Intro</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="47"/>
        <source>Añadir</source>
        <translation>Afegir</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="67"/>
        <source>Una unidad menos</source>
        <translation>Una unitat menys</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="68"/>
        <source>Una unidad más</source>
        <translation>Una unitat més</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="69"/>
        <source>Cantidad…</source>
        <translation>Quantitat…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="70"/>
        <source>Dto. línea…</source>
        <translation>Dte. línia…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="71"/>
        <source>Quitar línea</source>
        <translation>Treure línia</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="72"/>
        <source>Dto. ticket…</source>
        <translation>Dte. tiquet…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="91"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="93"/>
        <source>Descuentos</source>
        <translation>Descomptes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="96"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="99"/>
        <source>Cobrar (F9)</source>
        <translation>Cobrar (F9)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="104"/>
        <source>Venta</source>
        <translation>Venda</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="180"/>
        <source>Cantidad</source>
        <translation>Quantitat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="180"/>
        <source>Unidades:</source>
        <translation>Unitats:</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="195"/>
        <source>Descuento de línea</source>
        <translation>Descompte de línia</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="204"/>
        <source>Descuento de ticket</source>
        <translation>Descompte de tiquet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="234"/>
        <source>IVA {rate} %: {vat}</source>
        <translation>IVA {rate} %: {vat}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="240"/>
        <source>Sin cliente: esta venta no suma puntos</source>
        <translation>Sense client: aquesta venda no suma punts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="243"/>
        <source>Puntos de esta venta: {n}</source>
        <translation>Punts d&apos;aquesta venda: {n}</translation>
    </message>
</context>
<context>
    <name>CartTableModel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="35"/>
        <source>Producto</source>
        <translation>Producte</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="36"/>
        <source>Cant.</source>
        <translation>Quant.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="37"/>
        <source>Precio</source>
        <translation>Preu</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="38"/>
        <source>Dto.</source>
        <translation>Dte.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="39"/>
        <source>Importe</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="58"/>
        <source>Cámara</source>
        <translation>Càmera</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="61"/>
        <source>Devolución (F8)</source>
        <translation>Devolució (F8)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="63"/>
        <source>Tickets (F7)</source>
        <translation>Tiquets (F7)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="65"/>
        <source>Nueva venta</source>
        <translation>Nova venda</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="67"/>
        <source>Cambiar usuario (F12)</source>
        <translation>Canviar d&apos;usuari (F12)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="190"/>
        <source>Cámara activa: muestre el código a la cámara</source>
        <translation>Càmera activa: mostri el codi a la càmera</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="193"/>
        <source>No se puede usar la cámara: {r}</source>
        <translation>No es pot fer servir la càmera: {r}</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="32"/>
        <source>Porcentaje (%)</source>
        <translation>Percentatge (%)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="33"/>
        <source>Importe (€)</source>
        <translation>Import (€)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="39"/>
        <source>0 para quitar el descuento</source>
        <translation>0 = sense descompte</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="21"/>
        <source>El código {code} no es válido (dígito de control incorrecto). Vuelva a escanearlo.</source>
        <translation>El codi {code} no és vàlid (dígit de control incorrecte). Torni a escanejar-lo.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="25"/>
        <source>No hay ningún producto con el código {code}.</source>
        <translation>No hi ha cap producte amb el codi {code}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="26"/>
        <source>«{name}» ({code}) está dado de baja y no se puede vender.</source>
        <translation>«{name}» ({code}) està donat de baixa i no es pot vendre.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="29"/>
        <source>La cantidad debe ser un número entero entre 1 y 999.</source>
        <translation>La quantitat ha de ser un nombre enter entre 1 i 999.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="32"/>
        <source>«{text}» no es un importe válido.</source>
        <translation>«{text}» no és un import vàlid.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="33"/>
        <source>Su perfil permite descuentos de hasta el {limit} %. Pida a un encargado.</source>
        <translation>El seu perfil permet descomptes de fins al {limit} %. Demani-ho a un encarregat.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="36"/>
        <source>No hay ningún producto en el ticket.</source>
        <translation>No hi ha cap producte al tiquet.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="37"/>
        <source>Faltan {missing} por cobrar.</source>
        <translation>Falten {missing} per cobrar.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="38"/>
        <source>Código o PIN incorrecto.</source>
        <translation>Codi o PIN incorrecte.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="39"/>
        <source>Demasiados intentos. Código bloqueado {minutes} min.</source>
        <translation>Massa intents. Codi bloquejat {minutes} min.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="42"/>
        <source>Esta tableta lleva más de {days} días sin conectar con la central: conéctela a la red y sincronice para iniciar sesión.</source>
        <translation>Aquesta tauleta fa més de {days} dies que no connecta amb la central: connecteu-la a la xarxa i sincronitzeu per iniciar la sessió.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="47"/>
        <source>Su perfil no permite esta operación.</source>
        <translation>El seu perfil no permet aquesta operació.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="48"/>
        <source>No se encuentra el ticket {number}.</source>
        <translation>No es troba el tiquet {number}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="49"/>
        <source>Solo quedan {left} unidades de «{name}» por devolver.</source>
        <translation>Només queden {left} unitats de «{name}» per retornar.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="52"/>
        <source>Cliente no encontrado en esta tienda.</source>
        <translation>No s&apos;ha trobat el client en aquesta botiga.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="53"/>
        <source>El DNI/NIE «{text}» no es válido: revise la letra.</source>
        <translation>El DNI/NIE «{text}» no és vàlid: revisi la lletra.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="56"/>
        <source>«{text}» no es un teléfono válido.</source>
        <translation>«{text}» no és un telèfon vàlid.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="57"/>
        <source>«{text}» no es un e-mail válido.</source>
        <translation>«{text}» no és un correu electrònic vàlid.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="59"/>
        <source>Algo ha fallado. No se ha guardado nada a medias; vuelva a intentarlo.</source>
        <translation>Alguna cosa ha fallat. No s&apos;ha desat res a mitges; torni-ho a provar.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="28"/>
        <source>Historial de tickets</source>
        <translation>Historial de tiquets</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Ticket</source>
        <translation>Tiquet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Fecha</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Importe</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="40"/>
        <source>Reimprimir</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="42"/>
        <source>Cerrar</source>
        <translation>Tancar</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="48"/>
        <source>Tarjeta, teléfono, DNI/NIE, e-mail o nombre (F2)</source>
        <translation>Targeta, telèfon, DNI/NIE, correu o nom (F2)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="71"/>
        <source>Fecha</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="71"/>
        <source>Importe</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="71"/>
        <source>Puntos</source>
        <translation>Punts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="71"/>
        <source>Compra</source>
        <translation>Compra</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="77"/>
        <source>Quitar cliente</source>
        <translation>Treure client</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="87"/>
        <source>Últimas compras</source>
        <translation>Últimes compres</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="93"/>
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="127"/>
        <source>socia</source>
        <translation>sòcia</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="127"/>
        <source>no socia</source>
        <translation>no sòcia</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="132"/>
        <source>Ningún cliente encontrado.</source>
        <translation>No s&apos;ha trobat cap client.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="184"/>
        <source>Socia del club</source>
        <translation>Sòcia del club</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="184"/>
        <source>No socia</source>
        <translation>No sòcia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="188"/>
        <source>%n punto(s)</source>
        <translation>
            <numerusform>%n punt</numerusform>
            <numerusform>%n punts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="191"/>
        <source>Tarjeta {n}</source>
        <translation>Targeta {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="197"/>
        <source>Socia desde {d}</source>
        <translation>Sòcia des del {d}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="200"/>
        <source>Cumpleaños el {d}</source>
        <translation>Aniversari el {d}</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="33"/>
        <source>Identifíquese para empezar</source>
        <translation>Identifiqui&apos;s per començar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="35"/>
        <source>Código de empleado</source>
        <translation>Codi d&apos;empleat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="36"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="44"/>
        <source>Entrar</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="92"/>
        <source>Escriba su código y su PIN.</source>
        <translation>Escrigui el seu codi i el seu PIN.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="24"/>
        <source>Loyalty Counter — {store}</source>
        <translation>Loyalty Counter — {store}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="46"/>
        <source>Tienda {store} · Terminal {device}</source>
        <translation>Botiga {store} · Terminal {device}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="97"/>
        <source>Usuario: {name} ({role})</source>
        <translation>Usuari: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="99"/>
        <source>Sin usuario</source>
        <translation>Sense usuari</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="150"/>
        <source>Cambios sin enviar</source>
        <translation>Canvis sense enviar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/main_window.py" line="152"/>
        <source>Hay %n cambio(s) sin enviar al servidor. Se enviarán la próxima vez que se abra la aplicación con conexión. ¿Cerrar igualmente?</source>
        <translation>
            <numerusform>Hi ha %n canvi sense enviar al servidor. S&apos;enviarà la pròxima vegada que s&apos;obri l&apos;aplicació amb connexió. Voleu tancar igualment?</numerusform>
            <numerusform>Hi ha %n canvis sense enviar al servidor. S&apos;enviaran la pròxima vegada que s&apos;obri l&apos;aplicació amb connexió. Voleu tancar igualment?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="161"/>
        <source>● En línea</source>
        <translation>● En línia</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="163"/>
        <source>● Sin conexión</source>
        <translation>● Sense connexió</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="133"/>
        <source>%n cambio(s) pendiente(s) de sincronizar</source>
        <translation>
            <numerusform>%n canvi pendent de sincronitzar</numerusform>
            <numerusform>%n canvis pendents de sincronitzar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="111"/>
        <source>dependiente</source>
        <translation>dependent</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="112"/>
        <source>asesora de belleza</source>
        <translation>assessora de bellesa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="113"/>
        <source>encargada</source>
        <translation>encarregada</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="30"/>
        <source>Cobrar</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="35"/>
        <source>Total a cobrar: {t}</source>
        <translation>Total a cobrar: {t}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="49"/>
        <source>Todo con tarjeta</source>
        <translation>Tot amb targeta</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="51"/>
        <source>Efectivo exacto</source>
        <translation>Efectiu exacte</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="58"/>
        <source>Confirmar cobro</source>
        <translation>Confirmar cobrament</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="61"/>
        <source>Volver</source>
        <translation>Enrere</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="65"/>
        <source>Tarjeta (€)</source>
        <translation>Targeta (€)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="68"/>
        <source>Efectivo entregado (€)</source>
        <translation>Efectiu lliurat (€)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="102"/>
        <source>Cambio: {c}</source>
        <translation>Canvi: {c}</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="45"/>
        <source>Ticket {n}</source>
        <translation>Tiquet {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="50"/>
        <source>Preparando el ticket…</source>
        <translation>Preparant el tiquet…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="56"/>
        <source>Imprimir</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="57"/>
        <source>Guardar PDF…</source>
        <translation>Desar PDF…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="58"/>
        <source>Nueva venta</source>
        <translation>Nova venda</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="87"/>
        <source>Total: &lt;b&gt;{t}&lt;/b&gt;</source>
        <translation>Total: &lt;b&gt;{t}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="92"/>
        <source>&lt;span style=&apos;font-size:28px&apos;&gt;Cambio: &lt;b&gt;{c}&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:28px&apos;&gt;Canvi: &lt;b&gt;{c}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="98"/>
        <source>Puntos: {p} · Saldo: {b}</source>
        <translation>Punts: {p} · Saldo: {b}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="114"/>
        <source>No se ha podido preparar el ticket: {e}</source>
        <translation>No s&apos;ha pogut preparar el tiquet: {e}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="123"/>
        <source>Guardar ticket</source>
        <translation>Desar el tiquet</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="35"/>
        <source>Devolución</source>
        <translation>Devolució</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="38"/>
        <source>Escanee el QR del ticket o escriba su número</source>
        <translation>Escanegi el QR del tiquet o escrigui&apos;n el número</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="40"/>
        <source>Buscar</source>
        <translation>Cercar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Producto</source>
        <translation>Producte</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Vendidas</source>
        <translation>Venudes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Ya devueltas</source>
        <translation>Retornades</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="54"/>
        <source>Devolver</source>
        <translation>Retornar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="52"/>
        <source>Reembolso en efectivo</source>
        <translation>Reemborsament en efectiu</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="53"/>
        <source>Reembolso a tarjeta</source>
        <translation>Reemborsament a la targeta</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="57"/>
        <source>Cancelar</source>
        <translation>Cancel·lar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="89"/>
        <source>Ticket {n} del {d}</source>
        <translation>Tiquet {n} del {d}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="122"/>
        <source>Indique cuántas unidades se devuelven.</source>
        <translation>Indiqui quantes unitats es retornen.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="72"/>
        <source>Configurar este terminal</source>
        <translation>Configurar aquest terminal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="77"/>
        <source>Registrar este terminal</source>
        <translation>Registrar aquest terminal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="80"/>
        <source>Es la primera vez que se abre la aplicación en este terminal. Escriba la dirección del servidor, el código de la tienda y el código de registro que le ha dado la central.</source>
        <translation>És la primera vegada que s&apos;obre l&apos;aplicació en aquest terminal. Escriviu l&apos;adreça del servidor, el codi de la botiga i el codi de registre que us ha donat la central.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="93"/>
        <source>Dirección del servidor</source>
        <translation>Adreça del servidor</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="94"/>
        <source>Código de tienda</source>
        <translation>Codi de botiga</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="95"/>
        <source>Código de registro</source>
        <translation>Codi de registre</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="106"/>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="241"/>
        <source>Cancelar</source>
        <translation>Cancel·lar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="108"/>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="139"/>
        <source>La dirección del servidor empieza por http:// o https://, por ejemplo http://192.168.1.10:8000.</source>
        <translation>L&apos;adreça del servidor comença per http:// o https://, per exemple http://192.168.1.10:8000.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="145"/>
        <source>El código de tienda solo lleva letras y números, como S001.</source>
        <translation>El codi de botiga només porta lletres i números, com S001.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="149"/>
        <source>El código de registro tiene 12 letras y números: XXXX-XXXX-XXXX.</source>
        <translation>El codi de registre té 12 lletres i números: XXXX-XXXX-XXXX.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="174"/>
        <source>Registrando el terminal…</source>
        <translation>Registrant el terminal…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="199"/>
        <source>No se puede conectar con el servidor {url}. Compruebe la dirección y que el terminal tenga red.</source>
        <translation>No es pot connectar amb el servidor {url}. Comproveu l&apos;adreça i que el terminal tingui xarxa.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="204"/>
        <source>El servidor necesita una versión más nueva de esta aplicación. Actualícela antes de registrar el terminal.</source>
        <translation>El servidor necessita una versió més nova d&apos;aquesta aplicació. Actualitzeu-la abans de registrar el terminal.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="208"/>
        <source>El servidor no responde bien ahora. Inténtelo en unos minutos.</source>
        <translation>El servidor no respon bé ara mateix. Torneu-ho a provar d&apos;aquí a uns minuts.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="210"/>
        <source>Este terminal ya está registrado.</source>
        <translation>Aquest terminal ja està registrat.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="214"/>
        <source>El código de registro no es válido para la tienda {store}. Compruebe los dos códigos o pida uno nuevo a la central.</source>
        <translation>El codi de registre no és vàlid per a la botiga {store}. Comproveu els dos codis o demaneu-ne un de nou a la central.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="218"/>
        <source>Este código de registro ya se ha usado. Pida uno nuevo a la central.</source>
        <translation>Aquest codi de registre ja s&apos;ha fet servir. Demaneu-ne un de nou a la central.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="221"/>
        <source>Este código de registro ha caducado. Pida uno nuevo a la central.</source>
        <translation>Aquest codi de registre ha caducat. Demaneu-ne un de nou a la central.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="225"/>
        <source>El servidor no ha aceptado el registro ({detail}).</source>
        <translation>El servidor no ha acceptat el registre ({detail}).</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="235"/>
        <source>Terminal {device} de {store} registrado.</source>
        <translation>Terminal {device} de {store} registrat.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="240"/>
        <source>Descargando los datos de la tienda: catálogo, personal y clientes…</source>
        <translation>Descarregant les dades de la botiga: catàleg, personal i clients…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="246"/>
        <source>Primera sincronización</source>
        <translation>Primera sincronització</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="262"/>
        <source>Deteniendo la descarga; seguirá en segundo plano…</source>
        <translation>Aturant la descàrrega; continuarà en segon pla…</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="66"/>
        <source>Sincronizar ahora</source>
        <translation>Sincronitzar ara</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="129"/>
        <source>Revisar (%n)</source>
        <translation>
            <numerusform>Revisa (%n)</numerusform>
            <numerusform>Revisa (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="131"/>
        <source>● Sin servidor</source>
        <translation>● Sense servidor</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="141"/>
        <source>Este terminal no está registrado en ningún servidor: no se sincroniza.</source>
        <translation>Aquest terminal no està registrat a cap servidor: no se sincronitza.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="162"/>
        <source>● Sincronizando…</source>
        <translation>● Sincronitzant…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="164"/>
        <source>● La sincronización no avanza</source>
        <translation>● La sincronització no avança</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="165"/>
        <source>● Terminal dado de baja</source>
        <translation>● Terminal donat de baixa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="166"/>
        <source>● Hay que actualizar la aplicación</source>
        <translation>● Cal actualitzar l&apos;aplicació</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="171"/>
        <source>%n cambio(s) pendiente(s)</source>
        <translation>
            <numerusform>%n canvi pendent</numerusform>
            <numerusform>%n canvis pendents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="174"/>
        <source>(desde {age})</source>
        <translation>(des de {age})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="176"/>
        <source>Sin cambios pendientes</source>
        <translation>Sense canvis pendents</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="178"/>
        <source>%n cambio(s) rechazado(s)</source>
        <translation>
            <numerusform>%n canvi rebutjat</numerusform>
            <numerusform>%n canvis rebutjats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="181"/>
        <source>última sincronización {time}</source>
        <translation>última sincronització {time}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="184"/>
        <source>aún sin sincronizar</source>
        <translation>encara sense sincronitzar</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="189"/>
        <source>No se puede contactar con el servidor. Las ventas se guardan aquí.</source>
        <translation>No es pot contactar amb el servidor. Les vendes es desen aquí.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="191"/>
        <source>Siguiente intento: {time}.</source>
        <translation>Següent intent: {time}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="197"/>
        <source>El servidor responde, pero hay cambios que no se envían. Avise a soporte.</source>
        <translation>El servidor respon, però hi ha canvis que no s&apos;envien. Aviseu el suport tècnic.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="200"/>
        <source>La central ha dado de baja este terminal. Avise a soporte.</source>
        <translation>La central ha donat de baixa aquest terminal. Aviseu el suport tècnic.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="202"/>
        <source>El servidor no admite esta versión de la aplicación. Avise a soporte.</source>
        <translation>El servidor no admet aquesta versió de l&apos;aplicació. Aviseu el suport tècnic.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="208"/>
        <source>hace %n min</source>
        <translation>
            <numerusform>fa %n min</numerusform>
            <numerusform>fa %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="210"/>
        <source>hace %n h</source>
        <translation>
            <numerusform>fa %n h</numerusform>
            <numerusform>fa %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="211"/>
        <source>hace %n día(s)</source>
        <translation>
            <numerusform>fa %n dia</numerusform>
            <numerusform>fa %n dies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="222"/>
        <source>Terminal dado de baja</source>
        <translation>Terminal donat de baixa</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="224"/>
        <source>La central ha dado de baja este terminal y ya no se sincroniza con el servidor.

Las ventas se siguen guardando aquí y no se pierde nada. Avise a soporte para volver a registrarlo.</source>
        <translation>La central ha donat de baixa aquest terminal i ja no se sincronitza amb el servidor.

Les vendes es continuen desant aquí i no es perd res. Aviseu el suport tècnic per tornar-lo a registrar.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="229"/>
        <source>Hay que actualizar la aplicación</source>
        <translation>Cal actualitzar l&apos;aplicació</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="231"/>
        <source>El servidor ya no admite esta versión de la aplicación.

Las ventas se siguen guardando aquí y se enviarán cuando la aplicación esté actualizada. Avise a soporte para actualizarla.</source>
        <translation>El servidor ja no admet aquesta versió de l&apos;aplicació.

Les vendes es continuen desant aquí i s&apos;enviaran quan l&apos;aplicació estigui actualitzada. Aviseu el suport tècnic per actualitzar-la.</translation>
    </message>
</context>
</TS>
